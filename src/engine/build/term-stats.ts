/**
 * @module
 * Build-time term statistics: each sentence's index terms (and whether it continues the previous
 * sentence), per-term passage frequencies and the vocabulary of surface words. The request reads
 * them instead of re-tokenizing passages.
 */
import { opensWithBackReference } from '../search/continuation'
import type { SearchStats } from '../search/stats'
import { termsOf, termsWithOffsets } from '../search/sentence-terms'
import { tokenize } from '../text/tokens'
import type { Passage } from '../types'

/**
 * Sets `terms`, `termOffsets` and `continues` on every sentence of the passages and counts, per term, the passages whose text
 * or heading contains it. `words` collects the lower-cased surface words for typo correction.
 *
 * @example
 * ```ts
 * const { df, words } = computeTermStats(passages)
 * ```
 */
export function computeTermStats(passages: Passage[]): Pick<SearchStats, 'passages' | 'df' | 'words'> {
  // A Map, not an object: a word such as "constructor" must not meet Object.prototype.
  const df = new Map<string, number>()
  const words = new Set<string>()
  for (const passage of passages) {
    const seen = new Set<string>(passage.heading ? termsOf(passage.heading) : [])
    passage.sentences.forEach((sentence, i) => {
      const text = passage.text.slice(sentence.start, sentence.end)
      const { terms, offsets } = termsWithOffsets(text, sentence.start)
      sentence.terms = terms
      sentence.termOffsets = offsets
      if (i > 0 && opensWithBackReference(text)) sentence.continues = true
      for (const t of terms) seen.add(t)
    })
    for (const t of seen) df.set(t, (df.get(t) ?? 0) + 1)
    for (const token of tokenize(`${passage.heading ?? ''} ${passage.text}`)) {
      // Letters only: numbers and codes are not corrected.
      if (/^\p{L}{4,}$/u.test(token.text)) words.add(token.text.toLowerCase())
    }
  }
  return { passages: passages.length, df: Object.fromEntries(df), words: [...words].sort() }
}
