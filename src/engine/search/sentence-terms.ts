/**
 * @module
 * The index terms of a sentence: precomputed by the build (`Sentence.terms`), computed here only
 * for a corpus built without them.
 */
import { normalizeTerm } from '../text/terms'
import { tokenize } from '../text/tokens'
import type { Passage } from '../types'

/**
 * The index terms of a piece of text, in order (duplicates kept, so positions mean adjacency).
 *
 * @example
 * ```ts
 * termsOf('Ukraine fired 6,000 rounds') // ["ukrain", "fire", "6000", "round"]
 * ```
 */
export function termsOf(text: string): string[] {
  return tokenize(text).flatMap((t) => normalizeTerm(t.text) ?? [])
}

/**
 * The index terms of a sentence with their offsets in the passage: `offsets` holds a start and an
 * end per term, flattened (`[s0, e0, s1, e1, …]`), so highlighting needs no tokenizing.
 *
 * @example
 * ```ts
 * termsWithOffsets('Ukraine fired', 10) // { terms: ["ukrain", "fire"], offsets: [10, 17, 18, 23] }
 * ```
 */
export function termsWithOffsets(text: string, base: number): { terms: string[]; offsets: number[] } {
  const terms: string[] = []
  const offsets: number[] = []
  for (const token of tokenize(text)) {
    const term = normalizeTerm(token.text)
    if (term === null) continue
    terms.push(term)
    offsets.push(base + token.start, base + token.end)
  }
  return { terms, offsets }
}

/**
 * The terms of sentence `i` of a passage.
 *
 * @example
 * ```ts
 * sentenceTerms(passage, 0) // ["ukrain", "fire", …]
 * ```
 */
export function sentenceTerms(passage: Passage, i: number): readonly string[] {
  const s = passage.sentences[i]!
  return s.terms ?? termsOf(passage.text.slice(s.start, s.end))
}
