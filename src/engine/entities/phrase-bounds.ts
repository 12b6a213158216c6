/**
 * @module
 * Noun-phrase boundaries compromise gets wrong, corrected from its own word tags: a phrase that
 * starts inside a hyphenated compound ("deterministic time" for "non-deterministic time", "theorem"
 * for "speed-up theorem") takes the whole compound, one after coordinated adjectives takes them
 * ("bounds" → "upper and lower bounds") and a participle used as an adjective ("arches" → "rounded
 * arches"), and a phrase ends before a parenthesis ("the binary alphabet (i.e" → "the binary
 * alphabet") and at its last noun ("instances together" → "instances"), or at the gerund that
 * ends a compound noun ("choice of input" → "choice of input encoding,").
 */
import type { TaggedMatch, TaggedTerm } from './tagged'

const has = (t: TaggedTerm | undefined, tag: string) => !!t && t.tags.has(tag)

/**
 * A noun phrase with corrected bounds (a phrase compromise tagged no noun in keeps its end);
 * undefined when nothing is left before a parenthesis.
 *
 * @example
 * ```ts
 * const text = 'an infinite collection of instances together'
 * phraseBounds(tag(text).terms, { start: 0, end: 44 }, text) // { start: 0, end: 35 } → "an infinite collection of instances"
 * ```
 */
export function phraseBounds(terms: readonly TaggedTerm[], phrase: TaggedMatch, text: string): TaggedMatch | undefined {
  let first = terms.findIndex((t) => t.start >= phrase.start)
  let last = -1
  for (let i = Math.max(first, 0); i < terms.length && terms[i]!.end <= phrase.end; i++) last = i
  if (first < 0 || last < first) return phrase
  const gap = (i: number) => text.slice(terms[i - 1]!.end, terms[i]!.start)
  // Only up to a parenthesis: "(i.e.", "(1965)" and "T(n)" belong to no answer.
  for (let i = first; i <= last; i++) {
    if (/[([{]/.test(terms[i]!.text) || (i > first && /[([{]/.test(gap(i)))) {
      last = i - 1
      break
    }
  }
  if (last < first) return undefined
  // Back over a hyphenated compound the phrase cut or left out ("non-" of "non-deterministic", "speed-up").
  while (first > 0 && (gap(first) === '-' || (gap(first) === ' ' && has(terms[first - 1], 'Hyphenated') && has(terms[first], 'Hyphenated') === false && !has(terms[first - 1], 'Determiner')))) {
    first--
    while (first > 0 && gap(first) === '-') first--
  }
  // Back over coordinated adjectives: "upper and lower bounds".
  if (first >= 3 && gap(first) === ' ' && has(terms[first - 1], 'Adjective') && /^(?:and|or)$/i.test(terms[first - 2]!.text) && has(terms[first - 3], 'Adjective')) first -= 3
  // Back over a participle used as an adjective ("by *rounded* arches", "preserve *sculptured*
  // fonts"), unless a subject stands before it and makes it the verb ("the army rounded the cape").
  let start = Math.min(phrase.start, terms[first]!.start)
  const before = terms[first - 1]
  const subject = first >= 2 && gap(first - 1) === ' ' && (has(terms[first - 2], 'Noun') || has(terms[first - 2], 'Adverb'))
  // A phrase that opens with a determiner has its modifiers after it: "established *a* monastery".
  if (before && gap(first) === ' ' && !has(terms[first], 'Determiner') && !has(terms[first], 'Possessive') && /\p{Ll}ed$/u.test(before.text) && has(before, 'PastTense') && !has(before, 'Auxiliary') && !has(before, 'Passive') && !subject) start = before.start
  // Back to the last noun: a trailing adjective or adverb is the next clause's, not the phrase's.
  let end = last
  while (end > first && !has(terms[end], 'Noun')) end--
  if (!has(terms[end], 'Noun')) end = last
  const close = Math.min(phrase.end, terms[end]!.end)
  // On over a noun's gerund that ends the clause: "input *encoding*,", "signal *processing*.".
  const next = terms[end + 1]
  if (close === terms[end]!.end && next && has(terms[end], 'Singular') && has(next, 'Gerund') && gap(end + 1) === ' ' && /^(?:[,.;:!?)]|$)/u.test(text.slice(next.end, next.end + 1))) return { start, end: next.end }
  return { start, end: close }
}
