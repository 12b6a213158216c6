/**
 * @module
 * Noun-phrase boundaries compromise gets wrong, corrected from its own word tags: a phrase that
 * starts inside a hyphenated word ("deterministic time" for "non-deterministic time",
 * "known complexity resources" for "well-known …") takes the whole word, and a phrase that ends in
 * a word that is no noun ("instances together", "the bounds independent") ends at its last noun.
 */
import type { TaggedMatch, TaggedTerm } from './tagged'

/**
 * A noun phrase with corrected bounds (a phrase compromise tagged no noun in keeps its end).
 *
 * @example
 * ```ts
 * // "an infinite collection of instances together"
 * phraseBounds(terms, { start: 0, end: 45 }, text) // { start: 0, end: 36 } → "an infinite collection of instances"
 * ```
 */
export function phraseBounds(terms: readonly TaggedTerm[], phrase: TaggedMatch, text: string): TaggedMatch {
  let first = terms.findIndex((t) => t.start >= phrase.start)
  let last = terms.findLastIndex((t) => t.end <= phrase.end)
  if (first < 0 || last < first) return phrase
  // Back over the parts of a hyphenated word the phrase cut ("non-" of "non-deterministic").
  while (first > 0 && text.slice(terms[first - 1]!.end, terms[first]!.start) === '-') first--
  // Back to the last noun: a trailing adjective or adverb is the next clause's, not the phrase's.
  let end = last
  while (end > first && !terms[end]!.tags.has('Noun')) end--
  if (!terms[end]!.tags.has('Noun')) end = last
  return { start: Math.min(phrase.start, terms[first]!.start), end: Math.min(phrase.end, terms[end]!.end) }
}
