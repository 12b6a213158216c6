/**
 * @module
 * Names of peoples told from names of persons: compromise reads "Norman" and "Frank" as first
 * names, but a text that also writes "the Normans" or "the Franks" uses them for a people.
 */
import type { Span } from '../types'

/**
 * A one-word "person" whose plural the text also writes ("a Norman named Oursel" beside "the
 * Normans", "Frank" beside "Franks") names a people, not a person: kept as an untyped name, so
 * a who-question prefers a personal name.
 *
 * @example
 * ```ts
 * peopleName('The Normans came. A Norman led them.', { start: 20, end: 26, type: 'person' }).type // "noun-phrase"
 * ```
 */
export function peopleName(text: string, span: Span): Span {
  if (span.type !== 'person' || span.label) return span
  const word = text.slice(span.start, span.end)
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !new RegExp(`\\b${word}s\\b`, 'u').test(text)) return span
  return { start: span.start, end: span.end, type: 'noun-phrase', proper: true }
}
