/**
 * Categories and instances: a what-question's focus names a category, and the sentence's is-a
 * pattern ("X is a F", "F such as X", "X (or any other F)") gives the instance that answers it;
 * the phrase naming the category only describes the answer.
 */
import { describe, expect, it } from 'vitest'
import { categoryTerm, instanceOf } from '../../src/engine/answer/instances'
import { analyzeQuestion } from '../../src/engine/question/analyze'
import { engineFrom } from '../helpers/engine'

const ARTICLE = {
  name: 'tools.txt',
  content: [
    'Over many decades, steam power was a very important resource in building the railway network.',
    'Every apprentice of the guild owned hand tools such as the spokeshave and the drawknife.',
    'Masters judged the surface finish (or any other craft quality) of each piece by eye.',
    'Oak and ash were the favourite woods of the workshop, while pine served for crates.',
    'Because chisels are as sharp as any other tool of the trade, the spokeshave is the most commonly used tool in the workshop.',
    'A sea kayak is a recreational kayak with an added rudder, which allows a paddler to hold a straight course in wind.',
    'The carvers brought the Flemish style to the town, and the guild hall called Weavers Hall kept the Lindgren Ledger of all commissions.',
  ].join('\n\n'),
}

describe('instances of a category', () => {
  it('reads the category noun, past a light noun before "of"', () => {
    expect(categoryTerm(analyzeQuestion('What is the most vital resource?'))).toBe('resourc')
    expect(categoryTerm(analyzeQuestion('What is one common example of a craft quality?'))).toBe('qualiti')
  })

  it('answers with the subject of "is a F", not the phrase naming the focus', () => {
    const engine = engineFrom([ARTICLE], { abstainBelow: 0 })
    // Both sides of "was" repeat the question ("steam"; "resource in building the railway network"),
    // so only the focus tells which side describes the answer.
    expect(engine.ask({ question: 'What was the most vital resource in building the steam railway network?' }).answer?.text).toBe('steam power')
  })

  it('answers with the phrase before "or any other F" and the list after "such as"', () => {
    const engine = engineFrom([ARTICLE], { abstainBelow: 0 })
    expect(engine.ask({ question: 'What is one example of a craft quality the masters judged by eye?' }).answer?.text).toBe('surface finish')
    const passage = engine.corpus.passages[1]!
    const start = passage.text.indexOf('drawknife')
    expect(instanceOf(passage, passage.sentences[0]!, analyzeQuestion('What hand tools did every apprentice own?'))(start, start + 9)).toBe(1)
  })

  it('leaves a question that gives the instance and asks for the category', () => {
    const engine = engineFrom([ARTICLE], { abstainBelow: 0 })
    const passage = engine.corpus.passages[3]!
    const s = passage.sentences[0]!
    const at = (words: string) => {
      const start = passage.text.indexOf(words)
      return instanceOf(passage, s, analyzeQuestion(`${words} were examples of what kind of wood?`))(start, start + words.length)
    }
    expect(at('Oak and ash')).toBe(0)
    const start = passage.text.indexOf('Oak and ash')
    expect(instanceOf(passage, s, analyzeQuestion('What were the favourite woods of the workshop?'))(start, start + 11)).toBe(1)
  })
  it('answers with the name that modifies the focus or follows it, not the phrase with the focus', () => {
    const engine = engineFrom([ARTICLE], { abstainBelow: 0 })
    const passage = engine.corpus.passages[6]!
    const s = passage.sentences[0]!
    const score = (question: string, words: string) => {
      const start = passage.text.indexOf(words)
      return instanceOf(passage, s, analyzeQuestion(question))(start, start + words.length)
    }
    expect(score('What style did the carvers bring to the town?', 'Flemish')).toBe(1)
    expect(score('What style did the carvers bring to the town?', 'Flemish style')).toBe(-1)
    expect(score('What hall kept the ledger of commissions?', 'Weavers Hall')).toBe(0)
    expect(engine.ask({ question: 'What style did the carvers bring to the town?' }).answer?.text).toBe('Flemish')
  })
  it('answers with the subtype a plain subject names, not the type it is said to be', () => {
    const engine = engineFrom([ARTICLE], { abstainBelow: 0 })
    expect(engine.ask({ question: 'What type of kayak is capable of holding a straight course in wind?' }).answer?.text).toBe('sea kayak')
  })
  it('reads a copula past a participle and, once an instance is stated, takes the focus bonus from every mention', () => {
    const engine = engineFrom([ARTICLE], { abstainBelow: 0 })
    // "any other tool of the trade" also holds the focus, but only names the kind.
    expect(engine.ask({ question: 'What is the most frequently employed tool in the workshop?' }).answer?.text).toBe('spokeshave')
  })

  it('answers with the noun phrase after the copula when the phrase naming the focus is the subject', () => {
    const engine = engineFrom([PREDICATES], { abstainBelow: 0 })
    expect(engine.ask({ question: 'What gauge did the engineers use to check boiler pressure?' }).answer?.text).toBe('Bourdon tube')
    // An adjective after the copula states no instance: the phrase keeps its focus bonus.
    const passage = engine.corpus.passages[1]!
    const question = analyzeQuestion('What harbour did the fishermen prefer?')
    const at = passage.text.indexOf('northern harbour')
    expect(instanceOf(passage, passage.sentences[0]!, question)(at, at + 'northern harbour'.length)).toBe(0)
    // A plain subject may be the instance itself: only "the most …, the only …" points past the copula.
    const timber = engine.corpus.passages[3]!
    const support = timber.text.indexOf('the main support')
    expect(instanceOf(timber, timber.sentences[0]!, analyzeQuestion('What timber is used to hold up the hall roof?'))(support, timber.text.indexOf('.'))).toBe(0)
  })

  it('answers with the name a place noun takes after "of", and only for such nouns', () => {
    const engine = engineFrom([PREDICATES], { abstainBelow: 0 })
    expect(engine.ask({ question: 'What was the name of the settlers\' colony?' }).answer?.text).toBe('Port Elwood')
    // "the capital of Norland" is not Norland.
    const passage = engine.corpus.passages[2]!
    const at = passage.text.indexOf('Norland')
    expect(instanceOf(passage, passage.sentences[0]!, analyzeQuestion('What capital did the envoys visit?'))(at, at + 'Norland'.length)).toBe(0)
  })
})

const PREDICATES = {
  name: 'harbour.txt',
  content: [
    'The most reliable gauge for checking the pressure of the boilers was the Bourdon tube, which the engineers read every hour.',
    'The northern harbour was shallow and crowded in winter.',
    'In 1610 the envoys visited the capital of Norland, and the settlers founded the small colony of Port Elwood on the northern shore.',
    'Seasoned oak timber is the main support of the hall roof.',
  ].join('\n\n'),
}
