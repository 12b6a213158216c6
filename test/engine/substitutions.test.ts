/**
 * Abstention rules for questions made from a sentence by changing it: a changed modifier, noun or count
 * (`substitutions.ts`), the question's own name as the answer (`repeats.ts`), a list of another
 * length (`list-count.ts`) and swapped roles (`inversion.ts`).
 */
import { describe, expect, it } from 'vitest'
import { listCountDiffers } from '../../src/engine/answer/list-count'
import { repeatsQuestion } from '../../src/engine/answer/repeats'
import { synonymous } from '../../src/engine/answer/synonyms'
import { analyzeQuestion } from '../../src/engine/question/analyze'
import { engineFrom } from '../helpers/engine'

const PROBLEMS = {
  name: 'problems.txt',
  content: [
    'A computational problem can be viewed as an infinite collection of instances together with a solution for every instance.',
    'Deciding whether a given triple is a member of this set corresponds to solving the problem of multiplying two numbers.',
    'A Turing machine is a mathematical model of a general computing machine. It was described by Alan Turing in 1936.',
  ].join('\n\n'),
}

const CHARTER = { name: 'charter.txt', content: 'The town was given a charter by King Charles III of Navarre.' }

// A threshold of 0 shows the rule, not the confidence, is what abstains.
const ask = (question: string, files = [PROBLEMS]) => engineFrom(files, { abstainBelow: 0 }).ask({ question })

describe('a question that changes a word of the sentence it imitates', () => {
  it('abstains when a name modifier the sentence lacks stands where it puts another (session 11)', () => {
    const market = { name: 'market.txt', content: 'Brightwell sells laptops in the US and in Europe.\n\nBrightwell holds about 3 per cent of the European laptop market, up from 2.1 per cent a year earlier.' }
    expect(ask('What share of the US laptop market does Brightwell hold?', [market]).abstention).toMatchObject({
      code: 'modifier-differs', reason: "the question asks about 'US laptop'; the passage says 'European laptop'",
    })
    // The same place in other words, or misspelt, is no change.
    expect(ask('What share of the Europe laptop market does Brightwell hold?', [market]).answer?.text).toBe('about 3 per cent')
    expect(ask('What share of the Europian laptop market does Brightwell hold?', [market]).answer?.text).toBe('about 3 per cent')
  })

  it('abstains when a modifier the passage never uses replaces the sentence\'s, naming both', () => {
    expect(ask('What can be viewed as a limited collection of instances?').abstention).toMatchObject({
      abstained: true, code: 'modifier-differs', reason: "the question asks about 'limited collection'; the passage says 'infinite collection'",
    })
    expect(ask('What is a scientific model of a general computing machine?').abstention?.code).toBe('modifier-differs')
  })

  it('answers the question the sentence does answer', () => {
    expect(ask('What can be viewed as an infinite collection of instances?').answer).not.toBeNull()
    // Which span answers is span choice's concern; this rule only must not abstain.
    expect(ask('What is a mathematical model of a general computing machine?').answer?.text).toMatch(/^Turing/)
  })

  it('reads a synonym of the sentence\'s modifier as a paraphrase, not a change', () => {
    expect(synonymous('exact', 'precise')).toBe(true)
    expect(synonymous('specific', 'particular')).toBe(true)
    expect(synonymous('finite', 'infinite')).toBe(false)
    expect(synonymous('constructor', 'precise')).toBe(false)
    const content = 'For a precise definition of what it means to solve a problem, a computational model such as the Turing machine is used.'
    const code = (question: string) => ask(question, [{ name: 'model.txt', content }]).abstention?.code
    expect(code('What model is used for an exact definition of what it means to solve a problem?')).not.toBe('modifier-differs')
    expect(code('What model is used for a vague definition of what it means to solve a problem?')).toBe('modifier-differs')
  })

  it('reads a noun one step more general, or a typing slip, as the same word', () => {
    expect(synonymous('section', 'part')).toBe(true)
    expect(synonymous('portion', 'parts')).toBe(true)
    // Two kinds of one thing are not the same thing.
    expect(synonymous('city', 'town')).toBe(false)
    const alps = { name: 'alps.txt', content: 'The Victorian Alps in the northeast are the coldest part of Victoria. It is second only to Oahu in famous surf breaks.' }
    expect(ask('Where is the coldest section of Victoria?', [alps]).answer?.text).toBe('Victorian Alps')
    expect(ask('It is second to which island in terms of famous serf breaks?', [alps]).abstention?.code).not.toBe('modifier-differs')
    expect(ask('Where is the warmest section of Victoria?', [alps]).abstention).not.toBeUndefined()
  })

  it('abstains when a noun the passage never uses replaces the sentence\'s after the same modifier', () => {
    const machines = [{ name: 'machines.txt', content: 'A probabilistic Turing machine is a deterministic Turing machine with an extra supply of random bits.' }]
    expect(ask('What is a deterministic Turing machine with an extra supply of random ribbons?', machines).abstention).toMatchObject({
      abstained: true, code: 'noun-differs', reason: "the question asks about 'random ribbons'; the passage says 'random bits'",
    })
    expect(ask('What is a deterministic Turing machine with an extra supply of random bits?', machines).answer?.text).toMatch(/probabilistic/)
  })

  it('reads a verb after the modifier, or a noun the passage has, as no change', () => {
    const other = (question: string, content: string) => ask(question, [{ name: 'other.txt', content }]).abstention?.code
    expect(other('What did some members propose doing?', 'Some members suggested downgrading the aid.')).not.toBe('noun-differs')
    expect(other('What is a supply of random ribbons?', 'Ribbons are rare. A supply of random bits is an oracle.')).not.toBe('noun-differs')
  })

  it('abstains when the question counts the same thing otherwise', () => {
    expect(ask('What corresponds to solving the problem of multiplying three numbers?').abstention).toMatchObject({
      abstained: true, code: 'number-differs', reason: "the question asks about 'three'; the passage says 'two'",
    })
    expect(ask('What corresponds to solving the problem of multiplying two numbers?').abstention?.code).not.toBe('number-differs')
  })

  it('reads a predicate, a modifier the passage has and an adverb as no change', () => {
    const other = (question: string, content: string) => ask(question, [{ name: 'other.txt', content }]).abstention?.code
    expect(other('What is the alliance short on?', 'NATO is now short of ammunition for Ukraine.')).not.toBe('modifier-differs')
    expect(other('What is a limited collection of instances?', 'It is an infinite collection of instances. Nothing is limited.')).not.toBe('modifier-differs')
    expect(other('What is a commonly used measure of time?', 'The second is a widely used measure of time.')).not.toBe('modifier-differs')
    // Another form of the same irregular verb is no other modifier: "take place" and "took place".
    expect(other('When did these rebellions take place?', 'These rebellions took place between 1621 and 1629 in the south.')).not.toBe('modifier-differs')
  })

  it('abstains when the best answer is a name the question gives', () => {
    const question = analyzeQuestion('Who gave King Charles III a charter?')
    expect(repeatsQuestion(question, 'Charles III of Navarre')).toBe(true)
    expect(repeatsQuestion(question, 'Queen Maria')).toBe(false)
    // Modifiers before the question's name still make it the question's subject; a hyphenated word does not.
    expect(repeatsQuestion(analyzeQuestion('Who replaced the Normans?'), 'the invading Normans')).toBe(true)
    // A count of the question's name is a figure, not the name.
    expect(repeatsQuestion(analyzeQuestion('How many Huguenots fled France?'), 'roughly 500,000 Huguenots')).toBe(false)
    expect(repeatsQuestion(analyzeQuestion('What is the complement of NP?'), 'co-NP')).toBe(false)
    // A period word makes no other thing of the name a date question gives.
    expect(repeatsQuestion(analyzeQuestion('When did the Pleistocene begin?'), 'Pleistocene period')).toBe(true)
    expect(repeatsQuestion(analyzeQuestion('When did the Rhine capture the Aar?'), 'Pleistocene period')).toBe(false)
    // A word that goes on names something else; an alternative question names its answer on purpose.
    expect(repeatsQuestion(analyzeQuestion('What is harder than NP?'), 'NP-hard problems')).toBe(false)
    expect(repeatsQuestion(analyzeQuestion('What device is attributed to Alan Turing?'), 'Turing machines')).toBe(false)
    expect(repeatsQuestion(analyzeQuestion('Did Charles or Maria write the charter?'), 'Charles')).toBe(false)
    // "Which Charles" asks which one.
    expect(repeatsQuestion(analyzeQuestion('Which Charles gave the town a charter?'), 'Charles III of Navarre')).toBe(false)
    // The article's own subject names other things after it: in the article on the Rhine, "Rhine
    // Valley" is no repeat of "the Rhine"; elsewhere the rule stands.
    const valley = analyzeQuestion('What is the alpine valley that the Rhine flows through?')
    expect(repeatsQuestion(valley, 'Rhine Valley', new Set(['rhine']))).toBe(false)
    expect(repeatsQuestion(valley, 'Rhine Valley')).toBe(true)
    expect(repeatsQuestion(question, 'Charles III of Navarre', new Set(['charl']))).toBe(true)
    // A phrase of its own before the name says what the question does not ("north near Chur"); the
    // question's own words before it still repeat it ("region in France"); "what other lake" asks for a lake.
    expect(repeatsQuestion(analyzeQuestion('Near Chur, which direction does the Rhine turn?'), 'north near Chur')).toBe(false)
    expect(repeatsQuestion(analyzeQuestion('What is France a region of?'), 'region in France')).toBe(true)
    expect(repeatsQuestion(analyzeQuestion('The flow from Lake Constance goes to what other lake?'), 'Lake Überlingen')).toBe(false)
    // …anywhere in the question: "with what Lake?" asks which lake.
    expect(repeatsQuestion(analyzeQuestion('The inland delta of the Rhine is with what Lake?'), 'Lake Constance')).toBe(false)
    expect(ask('Who gave King Charles III a charter?', [CHARTER]).abstention).toMatchObject({
      abstained: true, code: 'answer-in-question', reason: "the best answer 'Charles III of Navarre' is a name the question gives",
    })
    expect(ask('Who gave the town a charter?', [CHARTER]).answer?.text).toBe('King Charles III')
  })
})

describe('a question that asks for another number of things than the answer lists', () => {
  const MODELS = [{ name: 'models.txt', content: 'The alternate models consume time and memory in different amounts.' }]

  it('abstains when the best answer is a list of another length', () => {
    expect(listCountDiffers(analyzeQuestion('What are the three resources alternate models consume?'), 'time and memory')).toEqual({
      code: 'count-differs', reason: "the question asks for three; the best answer lists 2: 'time and memory'",
    })
    expect(ask('What three resources do alternate models consume?', MODELS).abstention?.code).toBe('count-differs')
  })

  it('answers when the counts agree, when the question counts nothing and when the answer is one item', () => {
    expect(listCountDiffers(analyzeQuestion('What are the two resources alternate models consume?'), 'time and memory')).toBeUndefined()
    expect(listCountDiffers(analyzeQuestion('Which resources do alternate models consume?'), 'time and memory')).toBeUndefined()
    expect(listCountDiffers(analyzeQuestion('What are three resources of a computer?'), 'memory')).toBeUndefined()
    expect(ask('What two resources do alternate models consume?', MODELS).answer?.text).toBe('time and memory')
  })
})

const RULERS = {
  name: 'rulers.txt',
  content: [
    'The invading Normans replaced the Saxons as the ruling class of England.',
    'Norman knights were first encouraged to come to the south by the Lombards.',
  ].join('\n\n'),
}

describe('a question that swaps who does what', () => {
  it('abstains when the sentence has the question\'s name where the answer should be', () => {
    expect(ask('Who did the Saxons replace as the ruling class?', [RULERS]).abstention).toMatchObject({
      abstained: true, code: 'roles-swapped', reason: "the passage has 'Saxons' where the answer to 'replaced' should be",
    })
    // Here the question's own subject ("invading Normans") echoes the question and yields to "Saxons", which the roles rule reads.
    expect(ask('Who replaced the Normans as the ruling class?', [RULERS]).abstention).toMatchObject({
      abstained: true, code: 'roles-swapped', reason: "the passage has 'Normans' where the answer to 'replaced' should be",
    })
    // Passive: "were encouraged … by the Lombards" says the Lombards encouraged the Normans.
    expect(ask('Who did the Normans encourage to come to the south?', [RULERS]).abstention?.code).toBe('roles-swapped')
  })

  it('answers when the roles are the question\'s', () => {
    expect(ask('Who replaced the Saxons as the ruling class?', [RULERS]).answer?.text).toBe('Normans')
    expect(ask('Who encouraged the Normans to come to the south?', [RULERS]).answer?.text).toBe('Lombards')
  })
})
