/**
 * @module
 * Locating facts: the sentence a span sits in (stored as offsets at build time) and the same
 * sentence quoted (at request time, a slice of the passage).
 */
import type { Passage, Span } from '../types'
import type { SentenceQuote, SentenceRef } from './fact-types'

/**
 * The sentence of `passage` that contains `span` (the whole passage if none does).
 *
 * @example
 * ```ts
 * sentenceRef(passage, passage.spans[0]!) // { paragraph: 0, start: 0, end: 211 }
 * ```
 */
export function sentenceRef(passage: Passage, span: Pick<Span, 'start'>): SentenceRef {
  const s = passage.sentences.find((x) => span.start >= x.start && span.start < x.end)
  return { paragraph: passage.paragraph, start: s?.start ?? 0, end: s?.end ?? passage.text.length }
}

/**
 * Quotes a stored sentence reference from the document's passages.
 *
 * @example
 * ```ts
 * quoteSentence(passages, { paragraph: 4, start: 0, end: 120 }).text
 * ```
 */
export function quoteSentence(passages: readonly Passage[], ref: SentenceRef): SentenceQuote {
  const text = passages[ref.paragraph]?.text.slice(ref.start, ref.end) ?? ''
  return { paragraph: ref.paragraph, start: ref.start, end: ref.end, text }
}
