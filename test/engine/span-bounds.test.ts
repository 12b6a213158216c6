/**
 * Span bounds: no build-time span ends inside a bracket it opened, starts after a bracket it did not
 * open, runs past a sentence stop into the next sentence, or cuts a word.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractSpans } from '../../src/engine/entities/extract-spans'
import { balancedBounds } from '../../src/engine/entities/span-bounds'
import { splitSentences } from '../../src/engine/text/sentences'
import { engineFrom } from '../helpers/engine'

const texts = (text: string) => extractSpans(text, splitSentences(text)).map((s) => text.slice(s.start, s.end))

/** Whether brackets in a span's text are balanced and in order. */
const balanced = (s: string) => {
  let depth = 0
  for (const c of s) {
    if ('([{'.includes(c)) depth++
    else if (')]}'.includes(c) && --depth < 0) return false
  }
  return depth === 0
}

describe('span bounds', () => {
  it('closes a formula\'s bracket and ends before an aside\'s', () => {
    const spans = texts('The algorithm takes time O(n2) for this case, and DTIME(f(n)) is a class of the Center for European Policy Analysis (CEPA).')
    expect(spans).toContain('O(n2)')
    expect(spans).toContain('DTIME(f(n))')
    expect(spans.some((s) => s.endsWith('(CEPA'))).toBe(false)
  })

  it('starts after a bracket it did not open', () => {
    const spans = texts('Names such as French, (De) Roche and Devereux are common in Wexford.')
    expect(spans.every(balanced)).toBe(true)
    expect(spans).toContain('Roche')
  })

  it('ends at a stop before a word that opens sentences, not at an initial', () => {
    const spans = texts('Every problem in C can be reduced to X. Thus no problem in C is harder than X. Then J. Smith spoke.')
    expect(spans.some((s) => /\. (Thus|Then)/.test(s))).toBe(false)
    expect(spans).toContain('X')
    expect(spans).toContain('J. Smith')
  })

  it('keeps bounds that need no repair', () => {
    const text = 'It takes time O(n2) for this case.'
    expect(balancedBounds(text, { start: 14, end: 18 }, 34)).toEqual({ start: 14, end: 19 })
    expect(balancedBounds(text, { start: 0, end: 8 }, 34)).toEqual({ start: 0, end: 8 })
    expect(balancedBounds('(', { start: 0, end: 1 }, 1)).toBeUndefined()
    // An end left alone keeps its abbreviation's stop.
    expect(balancedBounds('at 6:30 a.m. on Tuesday', { start: 3, end: 12 }, 23)).toEqual({ start: 3, end: 12 })
  })

  it('holds for random sentences of words, formulas, asides and initials', () => {
    const word = fc.constantFrom('the', 'time', 'Norman', 'problem', 'X.', 'Thus', 'J.', 'Smith', 'O(n2)', 'T(n)', '(De)', 'Roche', '(CEPA)', 'of', 'and', 'is', 'rules', 'say)', 'Galilee.[citation', 'needed]', 'F(x,', 'y)')
    const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((w) => `${w.join(' ')}.`)
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 3 }), (sentences) => {
        const text = sentences.join(' ')
        const split = splitSentences(text)
        for (const s of extractSpans(text, split)) {
          const span = text.slice(s.start, s.end)
          expect(balanced(span), span).toBe(true)
          // Inside one sentence, no word cut, no stop before a sentence opener.
          expect(split.some((x) => s.start >= x.start && s.end <= x.end), span).toBe(true)
          expect(/[\p{L}\p{N}]/u.test(text[s.start - 1] ?? ' ') && /[\p{L}\p{N}]/u.test(text[s.start]!), span).toBe(false)
          expect(/[\p{L}\p{N}]/u.test(text[s.end] ?? ' ') && /[\p{L}\p{N}]/u.test(text[s.end - 1]!), span).toBe(false)
          expect(/[.!?]\s+(?:Thus|The|Of)\b/.test(span), span).toBe(false)
        }
      }),
      { numRuns: 150 },
    )
  }, 30_000)

  it('answers with a whole formula', () => {
    const engine = engineFrom([{ name: 'sorting.txt', content: 'Insertion sort is slow. Its worst case is bounded by the expression O(n2) in the literature.' }], { abstainBelow: 0 })
    expect(engine.ask({ question: 'What expression bounds the worst case of insertion sort?' }).answer?.text).toBe('O(n2)')
  })
})
