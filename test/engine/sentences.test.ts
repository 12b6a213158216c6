import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../src/engine/text/sentences'

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end))

describe('splitSentences', () => {
  it.each([
    ['titles', 'Mr. Smith met Dr. Jones. They talked.', ['Mr. Smith met Dr. Jones.', 'They talked.']],
    ['U.S. before a noun', 'The U.S. Ambassador spoke. Allies agreed.', ['The U.S. Ambassador spoke.', 'Allies agreed.']],
    ['U.S. ending a sentence', 'He flew to the U.S. The trip was short.', ['He flew to the U.S.', 'The trip was short.']],
    ['No. before a number', 'He lives at No. 10 Downing Street. It is old.', ['He lives at No. 10 Downing Street.', 'It is old.']],
    ['months', 'It opened on Jan. 5 in Kyiv. Crowds came.', ['It opened on Jan. 5 in Kyiv.', 'Crowds came.']],
    ['initials', 'George W. Bush spoke. J. R. R. Tolkien wrote.', ['George W. Bush spoke.', 'J. R. R. Tolkien wrote.']],
    ['decimals and money', 'The EU pledged $2.1 billion. Inflation was 3.5 percent.', ['The EU pledged $2.1 billion.', 'Inflation was 3.5 percent.']],
    ['a quote with its attribution', '"We are ready." Smith noted. Then he left.', ['"We are ready." Smith noted.', 'Then he left.']],
    ['a quote ending a sentence', 'He said "go now!" She went.', ['He said "go now!"', 'She went.']],
    ['a comma inside a quote', 'The bloc gave "everything they could," Smith noted. Next.', ['The bloc gave "everything they could," Smith noted.', 'Next.']],
    ['company suffixes', 'Apple Inc. makes phones. The end.', ['Apple Inc. makes phones.', 'The end.']],
  ])('handles %s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected)
  })

  it('splits the seed quotation paragraph where a reader would', () => {
    const text = '"The question at the table here at NATO frequently is what more can we do for our friends in Ukraine. So we share a commitment to support Ukraine. We understand what’s at stake," she reportedly stressed.'
    expect(split(text)).toEqual([
      '"The question at the table here at NATO frequently is what more can we do for our friends in Ukraine.',
      'So we share a commitment to support Ukraine.',
      'We understand what’s at stake," she reportedly stressed.',
    ])
  })

  it('returns trimmed, ordered, non-overlapping ranges that cover every word', () => {
    const word = fc.constantFrom('Mr.', 'Smith', 'said', 'U.S.', '6,000', 'rounds.', '"Yes."', 'No.', '5', 'the', 'It', '$2.1', 'Dr.', 'A.')
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), (words) => {
        const text = words.join(' ')
        const ranges = splitSentences(text)
        let last = 0
        for (const { start, end } of ranges) {
          expect(start).toBeGreaterThanOrEqual(last)
          expect(end).toBeGreaterThan(start)
          expect(text.slice(start, end)).toBe(text.slice(start, end).trim())
          last = end
        }
        const covered = ranges.map((r) => text.slice(r.start, r.end)).join(' ')
        expect(covered.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''))
      }),
    )
  })
})
