/**
 * @module
 * Quoted phrases ("ironclad", “everything they could”): answers to "what did X call…" and the
 * words a person is reported to have said.
 */
import type { Span } from '../types'

const QUOTE = /"([^"\n]{1,400})"|“([^”\n]{1,400})”|‘([^’\n]{3,200})’(?!\p{L})/gu

/**
 * The quotations in a text; each span covers the words inside the marks.
 *
 * @example
 * ```ts
 * quoteSpans('It is "ironclad", she said.') // [{ start: 7, end: 15, type: 'quote' }]
 * ```
 */
export function quoteSpans(text: string): Span[] {
  const spans: Span[] = []
  for (const m of text.matchAll(QUOTE)) {
    const inner = m[1] ?? m[2] ?? m[3]!
    const start = m.index + 1
    // Trailing punctuation inside the marks belongs to the sentence, not the quotation.
    const trimmed = inner.replace(/[\s.,;:!?]+$/u, '')
    if (trimmed.trim() !== '') spans.push({ start, end: start + trimmed.length, type: 'quote' })
  }
  return spans
}
