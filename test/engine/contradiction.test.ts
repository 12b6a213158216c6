import { describe, expect, it } from 'vitest'
import { contradiction } from '../../src/engine/answer/contradiction'
import { engineFrom } from '../helpers/engine'

const CLASSES = {
  name: 'complexity-classes.txt',
  content: [
    'The class P is contained in PSPACE, and PSPACE is contained in EXPTIME.',
    'Many problems are studied. The most important open question in the field is whether P equals NP.',
  ].join('\n\n'),
}

describe('contradiction', () => {
  it('flags a negated question against a sentence that is not negated', () => {
    expect(contradiction('What is not contained in PSPACE?', 'The class P is contained in PSPACE.')?.code).toBe('negated')
    expect(contradiction("What isn't contained in PSPACE?", 'The class P is contained in PSPACE.')?.code).toBe('negated')
  })

  it('accepts a negated question when the sentence is negated too', () => {
    expect(contradiction('What is not known to be in P?', 'Factoring is not known to be in P.')).toBeUndefined()
  })

  it('reads an exception or an exclusion as the sentence saying what is not so', () => {
    expect(contradiction('Which city is not close to the coast?', 'Most cities lie close to the coast, with the exception of Riverside.')).toBeUndefined()
    expect(contradiction('Why was BSkyB not part of the consortium?', 'BSkyB had been excluded from being a part of the consortium.')).toBeUndefined()
  })

  it('flags a word whose opposite the sentence says instead, naming both', () => {
    expect(contradiction('What is the least important question?', 'The most important question is P versus NP.'))
      .toEqual({ code: 'opposite', reason: "the question asks about 'least'; the passage says 'most'" })
  })

  it('abstains on a superlative the sentence does not grade', () => {
    expect(contradiction('What is the smallest nation that the Rhine runs through?', 'The Rhine runs through Germany and the Netherlands.')?.code).toBe('degree-unstated')
    // Another superlative, a rank or "most" grades: the other rules judge it.
    expect(contradiction('What is the biggest city on the Rhine?', 'The largest city on the river is Cologne.')).toBeUndefined()
    expect(contradiction('What is the longest river?', 'The Rhine is the second-longest river.')).toBeUndefined()
    expect(contradiction('What is the most populous city?', 'It is the most populous city.')).toBeUndefined()
    // Words in -est that grade nothing.
    expect(contradiction('Where is the forest?', 'The forest is in the west.')).toBeUndefined()
  })

  it('reads "not only … but also" as no negation', () => {
    expect(contradiction('What was not shaped by tidal currents?', 'The delta is shaped not only by the rivers, but also by tidal currents.')?.code).toBe('negated')
  })

  it('flags another compass direction, leaving the names that hold one ("North Sea") alone', () => {
    expect(contradiction('When did the Rhine travel southwest into the North Sea?', 'In the Early Pleistocene, the Rhine followed a course to the northwest, through the present North Sea.')?.reason)
      .toBe("the question asks about 'southwest'; the passage says 'northwest'")
    expect(contradiction('What continued southward?', 'A river system continued northward.')?.code).toBe('opposite')
    expect(contradiction('What flows north into the North Sea?', 'The Rhine flows northward into the North Sea.')).toBeUndefined()
    expect(contradiction('When did it reach the North Sea?', 'It flowed west to the North Sea.')).toBeUndefined()
  })

  it('reads "until" as the opposite of "after", and knows a few pairs WordNet lacks', () => {
    expect(contradiction('What was a major source of pollution after the early 1980s?', 'Until the early 1980s, industry was a major source of pollution.')?.reason)
      .toBe("the question asks about 'after'; the passage says 'until'")
    expect(contradiction('What falls because of the greater density of warmer water?', 'The water falls because of the greater density of cold water.')?.code).toBe('opposite')
    expect(contradiction('What banks are sparsely populated?', 'Its banks are heavily populated.')?.code).toBe('opposite')
    expect(contradiction('What is harder to analyze in terms of unusual resources?', 'Some problems are easier to analyze in terms of unusual resources.')?.code).toBe('opposite')
    // A converse is no opposite: "X precedes Y" answers what came after X.
    expect(contradiction('What architecture came after Norman?', 'Norman architecture precedes the Early Gothic.')).toBeUndefined()
  })

  it("knows WordNet's opposites in comparative and superlative forms", () => {
    expect(contradiction('What is the softest problem in C?', 'It is the hardest problem in C.')?.reason)
      .toBe("the question asks about 'softest'; the passage says 'hardest'")
    expect(contradiction('How can graphs be encoded indirectly?', 'Graphs can be encoded directly.')?.code).toBe('opposite')
  })

  it("knows WordNet's noun and verb opposites in their inflected forms", () => {
    expect(contradiction('When did Sky launch a campaign targeted at men?', 'In 2007, Sky launched a campaign targeted at women.')?.reason)
      .toBe("the question asks about 'men'; the passage says 'women'")
    expect(contradiction('When did the population decrease sevenfold?', 'In ten years the population increased sevenfold.')?.reason)
      .toBe("the question asks about 'decrease'; the passage says 'increased'")
  })

  it('leaves relations seen from their two sides to the other rules: kin and converse verbs', () => {
    expect(contradiction("Who was Emma's brother?", 'Richard II was the brother of Emma, his sister.')).toBeUndefined()
    expect(contradiction("Who was Margaret's brother?", 'Edgar fled with his sister Margaret.')).toBeUndefined()
    expect(contradiction('Who bought the rights?', 'He sold the rights to Enrique.')).toBeUndefined()
  })

  it('accepts a question that names both sides', () => {
    expect(contradiction('Is an instance abstract or concrete?', 'An instance is concrete.')).toBeUndefined()
  })

  it('accepts a sentence that negates the opposite: "not solved" says "unsolved"', () => {
    expect(contradiction('Why is P versus NP unsolved?', 'Because the problem P versus NP is not solved, no algorithm is known.')).toBeUndefined()
    expect(contradiction('What is unknown about NL?', "It isn't yet known if NL equals P.")).toBeUndefined()
    expect(contradiction('Why is P versus NP unsolved?', 'The problem P versus NP is solved.')?.code).toBe('opposite')
  })

  it('accepts a sentence that says the word itself, even beside its opposite', () => {
    expect(contradiction('What is the least important question?', 'The least and the most important questions differ.')).toBeUndefined()
    expect(contradiction('Which is the most important question?', 'The most important question is P versus NP.')).toBeUndefined()
  })
})

describe('least, when the sentence grades nothing', () => {
  it('flags a question for the least of something against a sentence that names no least', () => {
    expect(contradiction('What is the least important class of counting problems?', '#P is an important class of counting problems.')?.code)
      .toBe('degree-unstated')
  })

  it('accepts a sentence that says least, fewest or minimum, and a question with "at least"', () => {
    expect(contradiction('What is the least important class?', '#P is the least important class.')).toBeUndefined()
    expect(contradiction('Which ship had the least crew?', 'The Mary had the fewest sailors.')).toBeUndefined()
    expect(contradiction('What is the least time an algorithm needs?', 'The minimum time is linear.')).toBeUndefined()
    expect(contradiction('How many rounds did at least one gun fire?', 'One gun fired 300 rounds.')).toBeUndefined()
  })
})

const COUNTING = {
  name: 'counting.txt',
  content: '#P is an important complexity class of counting problems. Dynamic programming solves the fewest counting problems quickly.',
}

describe('contradicted questions abstain', () => {
  it('abstains on the least of what the article only calls important, and answers the plain question', () => {
    const engine = engineFrom([COUNTING], { abstainBelow: 0 })
    expect(engine.ask({ question: 'What is an important complexity class of counting problems?' }).answer?.text).toMatch(/P$/)
    const least = engine.ask({ question: 'What is the least important complexity class of counting problems?' })
    expect(least.answer).toBeNull()
    expect(least.abstention).toMatchObject({ code: 'degree-unstated' })
  })

  // A threshold of 0 shows the rule, not the confidence, is what abstains.
  it('answers the question the article states and abstains on its negation, with a reason', () => {
    const engine = engineFrom([CLASSES], { abstainBelow: 0 })
    expect(engine.ask({ question: 'What is contained in PSPACE?' }).answer).not.toBeNull()
    const negated = engine.ask({ question: 'What is not contained in PSPACE?' })
    expect(negated.answer).toBeNull()
    expect(negated.abstention).toMatchObject({ abstained: true, code: 'negated' })
  })

  it('abstains when the question asks for the opposite of what the article says', () => {
    const engine = engineFrom([CLASSES], { abstainBelow: 0 })
    const result = engine.ask({ question: 'What is the least important open question in the field?' })
    expect(result.answer).toBeNull()
    expect(result.abstention).toMatchObject({ code: 'opposite', reason: "the question asks about 'least'; the passage says 'most'" })
  })

  it('reads the adjective of a how-question as a measure, not a side: "How old" is not against "new"', () => {
    expect(contradiction('How old is Hayne?', 'Hayne, 27, signed a new contract.')).toBeUndefined()
    expect(contradiction('Is Hayne old?', 'Hayne signed a new contract.')?.code).toBe('opposite')
  })

  it('reads "before", "after", "since" and ordinals as opposite only about the same thing (session 11)', () => {
    const sentence = 'The failure convinced him to turn to wrought iron, which bends before it breaks.'
    expect(contradiction('Which material did he adopt after the bridge failure?', sentence)).toBeUndefined()
    expect(contradiction('What happened after the conquest?', 'Before the conquest, England was Saxon.')?.code).toBe('opposite')
    expect(contradiction('Who scored the first goal?', 'Reilly played the whole second half.')).toBeUndefined()
    expect(contradiction('Who scored the first goal?', 'Whitaker scored the second goal.')?.code).toBe('opposite')
  })
})
