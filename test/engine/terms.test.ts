import { describe, expect, it } from 'vitest'
import { normalizeTerm } from '../../src/engine/text/terms'
import { tokenize } from '../../src/engine/text/tokens'

const terms = (text: string) => tokenize(text).flatMap((t) => normalizeTerm(t.text) ?? [])

describe('tokenize', () => {
  it('keeps numbers, possessives and dotted acronyms whole, with offsets', () => {
    const text = "Ukraine's 6,000 rounds cost $2.1 billion in the U.S."
    const tokens = tokenize(text)
    expect(tokens.map((t) => t.text)).toEqual(["Ukraine's", '6,000', 'rounds', 'cost', '2.1', 'billion', 'in', 'the', 'U.S'])
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text)
  })

  it('splits hyphenated words into their parts', () => {
    expect(tokenize('war-torn country').map((t) => t.text)).toEqual(['war', 'torn', 'country'])
  })
})

describe('normalizeTerm', () => {
  it('folds thousands separators: 6,000 = 6000', () => {
    expect(normalizeTerm('6,000')).toBe('6000')
    expect(normalizeTerm('6000')).toBe('6000')
    expect(normalizeTerm('1,000,000')).toBe('1000000')
    expect(normalizeTerm('2.1')).toBe('2.1')
  })

  it('drops possessives: Ukraine’s and Ukraine\'s both match Ukraine', () => {
    expect(normalizeTerm("Ukraine's")).toBe(normalizeTerm('Ukraine'))
    expect(normalizeTerm('Ukraine’s')).toBe(normalizeTerm('Ukraine'))
    expect(normalizeTerm("allies'")).toBe(normalizeTerm('allies'))
  })

  it('stems inflections to one term', () => {
    expect(normalizeTerm('firing')).toBe(normalizeTerm('fired'))
    expect(normalizeTerm('rounds')).toBe(normalizeTerm('round'))
  })

  it('removes stop words but keeps the acronym US', () => {
    expect(terms('What did the US tell us?')).toEqual(['us', 'tell'])
    expect(normalizeTerm('U.S')).toBe('us')
  })
})
