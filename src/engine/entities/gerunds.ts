/**
 * @module
 * Gerund phrases: a verb's "-ing" form used as a noun, with its object ("suggested *downgrading
 * the military assistance*", "by *encoding graphs*"). They answer what-questions as noun phrases
 * do ("What did some members propose doing?"); compromise's noun chunks leave them out.
 * Progressive verbs ("are piercing") are no gerunds.
 */
import type { TaggedMatch, TaggedTerm } from './tagged'

const has = (t: TaggedTerm | undefined, tag: string) => !!t && t.tags.has(tag)

/**
 * The gerund phrases of a passage: each gerund that follows no auxiliary or copula, up to the end
 * of the noun phrase right after it (the gerund alone when none follows).
 *
 * @example
 * ```ts
 * const text = 'Some members suggested downgrading the military assistance.'
 * const t = tag(text)
 * gerundPhrases(t.terms, t.nouns, text) // [{ start: 23, end: 58 }] → "downgrading the military assistance"
 * ```
 */
export function gerundPhrases(terms: readonly TaggedTerm[], nouns: readonly TaggedMatch[], text: string): TaggedMatch[] {
  const phrases: TaggedMatch[] = []
  for (let i = 1; i < terms.length; i++) {
    const t = terms[i]!
    if (!has(t, 'Gerund')) continue
    const prev = terms[i - 1]!
    // "are piercing", "has been growing": a progressive verb, not a noun; "not" keeps looking back.
    const before = /^not$/i.test(prev.text) ? terms[i - 2] : prev
    if (has(before, 'Auxiliary') || has(before, 'Copula') || has(before, 'Gerund')) continue
    // Only a word break between: a gerund after a comma opens a participle clause ("…, focussing on").
    if (!/^\s+$/u.test(text.slice(prev.end, t.start))) continue
    const next = terms[i + 1]
    const object = next && /^\s+$/u.test(text.slice(t.end, next.start)) ? nouns.find((n) => n.start === next.start) : undefined
    phrases.push({ start: t.start, end: object ? object.end : t.end })
  }
  return phrases
}
