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
