/**
 * "Other than X, what …?": the member coordinated with X answers, X does not.
 */
import { describe, expect, it } from 'vitest'
import { excludedIn, excludedTerms, memberEnd } from '../../src/engine/answer/exclusions'
import { normalizeTerm } from '../../src/engine/text/terms'
import { tokenize } from '../../src/engine/text/tokens'

// The sentence's content words with their index terms, as the answer step reads them.
const contentWords = (text: string) => tokenize(text).flatMap((t) => {
  const term = normalizeTerm(t.text)
  return term ? [{ term, start: t.start, end: t.end }] : []
})
import { engineFrom } from '../helpers/engine'

const COAST = {
  name: 'coast.txt',
  content: [
    'The coast is home to a large home-grown surf and skateboard culture.',
    'The coast has a mild climate, with infrequent rain and many sunny days.',
    'The two clubs of the state, the Coastal Automobile Association and the Automobile Club of the South, divide the state between them.',
  ].join('\n\n'),
}

describe('other-than questions', () => {
  it('reads what the question sets aside', () => {
    expect(excludedTerms('Other than surf, what other culture is the coast home to?')).toEqual(['surf'])
    expect(excludedTerms('Which mountains other than the Transverse Ranges does it span?')).toEqual(['transvers', 'rang'])
    expect(excludedTerms('What is the other team aside from the Anaheim Ducks?')).toEqual(['anaheim', 'duck'])
    expect(excludedTerms('What other culture is the coast home to?')).toBeUndefined()
    // "Along with X", "X, as well as what": X is one member, the answer another.
    expect(excludedTerms('Along with electric motors, what machines have superseded steam?')).toEqual(['electr', 'motor'])
    expect(excludedTerms('What engines, along with diesel engines, have overtaken steam?')).toEqual(['diesel', 'engin'])
  })

  it('ends a member with no phrase of its own at punctuation or a clause word, within five words', () => {
    const text = 'surf and skateboard culture, which grew.'
    expect(text.slice(9, memberEnd(text, 9, text.length))).toBe('skateboard culture')
    expect(memberEnd('and one very long run of many words without a stop', 4, 51)).toBeUndefined()
  })

  it('answers with the member after or before the one set aside', () => {
    const engine = engineFrom([COAST], { abstainBelow: 0 })
    expect(engine.ask({ question: 'Other than surf, what other culture is the coast home to?' }).answer?.text).toMatch(/^skateboard/)
    expect(engine.ask({ question: 'Other than many sunny days, what is typical of the climate on the coast?' }).answer?.text).toBe('infrequent rain')
  })

  it('does not take a member that shares the words of the one set aside for a repeat of the question', () => {
    const engine = engineFrom([COAST], { abstainBelow: 0 })
    const { answer, abstention } = engine.ask({ question: 'Other than the Automobile Club of the South, what other club divides the state?' })
    expect(abstention).toBeUndefined()
    expect(answer?.text).toBe('Coastal Automobile Association')
  })

  it('answers "Along with X, what …?" with the member beside X', () => {
    const engine = engineFrom([{ name: 'steam.txt', content: 'For mobile applications steam has been largely superseded by internal combustion engines or electric motors.' }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'Along with internal combustion engines, what machines have superseded steam?' }).answer?.text).toBe('electric motors')
    expect(engine.ask({ question: 'Along with electric motors, what machines have superseded steam?' }).answer?.text).toBe('internal combustion engines')
  })

  it('reads each member of a list on its own: "English Channel, the Irish Channel" are two', () => {
    const engine = engineFrom([{ name: 'ice.txt', content: 'In the last cold phase the English Channel, the Irish Channel and most of the North Sea were dry land, because the sea level was lower.' }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'Besides the North Sea and the Irish Channel, what else was dry land in the last cold phase?' }).answer?.text).toBe('English Channel')
  })
})

describe('"X and what other …?" questions', () => {
  const GORGE = {
    name: 'gorge.txt',
    content: [
      'The Rhine Gorge between Rüdesheim am Rhein and Koblenz is listed as a UNESCO World Heritage Site.',
      'In the 10th century the river flowed through Swabia, Franconia and Lower Lorraine.',
    ].join('\n\n'),
  }

  it('reads the member the question names next to the one it asks for', () => {
    expect(excludedTerms('The Rhine Gorge is between Koblenz and what other city?')).toEqual(['koblenz'])
    expect(excludedTerms('The river flowed through Swabia, Franconia and what other region?')).toEqual(['franconia'])
  })

  it('answers with the member coordinated with it', () => {
    const engine = engineFrom([GORGE], { abstainBelow: 0 })
    expect(engine.ask({ question: 'The Rhine Gorge is between Koblenz and what other city?' }).answer?.text).toBe('Rüdesheim am Rhein')
    expect(engine.ask({ question: 'The river flowed through Swabia, Franconia and what other region in the 10th century?' }).answer?.text).toBe('Lower Lorraine')
  })
})

describe('a clause after the member set aside', () => {
  it('is no member of its own ("…Transverse Ranges, but in…")', () => {
    const text = 'The region spans the Transverse Ranges, but in the south the Peninsular Ranges rise.'
    const words = contentWords(text)
    expect(excludedIn(text, words, ['transvers', 'rang'])?.nextStart).toBeUndefined()
    // "not only X, but also Y" coordinates Y with X.
    const also = 'It is shaped not only by the rivers, but also by tidal currents.'
    expect(excludedIn(also, contentWords(also), ['river'])?.nextStart).toBeDefined()
  })
})
