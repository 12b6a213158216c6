/**
 * @module
 * Offsets of matched words in a passage, for highlighting.
 */
import { normalizeTerm } from '../text/terms'
import { tokenize } from '../text/tokens'
import type { Passage } from '../types'

/**
 * Offsets of the tokens of `text` whose index term is one of `terms`.
 *
 * @example
 * ```ts
 * highlight('Ukraine fired 6,000 rounds', new Set(['6000'])) // [[14, 19]]
 * ```
 */
export function highlight(text: string, terms: ReadonlySet<string>): [number, number][] {
  const ranges: [number, number][] = []
  for (const token of tokenize(text)) {
    const term = normalizeTerm(token.text)
    if (term !== null && terms.has(term)) ranges.push([token.start, token.end])
  }
  return ranges
}

/**
 * Offsets of the words of a passage whose index term is one of `terms`, read from the offsets
 * the build stored with each sentence (falls back to `highlight` for a corpus without them).
 *
 * @example
 * ```ts
 * highlightPassage(passage, new Set(['round'])) // [[56, 62]]
 * ```
 */
export function highlightPassage(passage: Passage, terms: ReadonlySet<string>): [number, number][] {
  for (const s of passage.sentences) if (s.termOffsets === undefined || s.terms === undefined) return highlight(passage.text, terms)
  const ranges: [number, number][] = []
  for (const s of passage.sentences) {
    const sentenceTerms = s.terms!
    const offsets = s.termOffsets!
    for (let i = 0; i < sentenceTerms.length; i++) {
      if (terms.has(sentenceTerms[i]!)) ranges.push([offsets[2 * i]!, offsets[2 * i + 1]!])
    }
  }
  return ranges
}
