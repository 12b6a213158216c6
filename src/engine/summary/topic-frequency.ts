/**
 * @module
 * Topic-word frequency (SumBasic style): a sentence scores by how often the document repeats its
 * words, with names (capitalised inside a sentence) counting double because news is about its
 * people, places and organisations. Build-time code.
 */
import { normalizeTerm } from '../text/terms'
import { tokenize } from '../text/tokens'

/** How much more a name weighs than a common word. */
const NAME_WEIGHT = 2

/**
 * Scores each sentence by the mean document frequency of its distinct terms, dampened by the
 * square root of their number so long sentences neither win nor lose by length alone.
 *
 * @example
 * ```ts
 * topicFrequency(['Smith met Jones.', 'Smith left.', 'It rained.']) // first two score above the third
 * ```
 */
export function topicFrequency(texts: readonly string[]): number[] {
  const names = new Set<string>()
  const termSets = texts.map((text) => {
    const terms = new Set<string>()
    tokenize(text).forEach((token, k) => {
      const term = normalizeTerm(token.text)
      if (term === null) return
      // The first word is capitalised by position, not because it is a name.
      if (k > 0 && /^\p{Lu}/u.test(token.text)) names.add(term)
      terms.add(term)
    })
    return terms
  })
  const weight = (term: string): number => (names.has(term) ? NAME_WEIGHT : 1)
  const mass = new Map<string, number>()
  let total = 0
  for (const terms of termSets) {
    for (const term of terms) {
      mass.set(term, (mass.get(term) ?? 0) + weight(term))
      total += weight(term)
    }
  }
  return termSets.map((terms) => {
    if (terms.size === 0 || total === 0) return 0
    let sum = 0
    for (const term of terms) sum += (mass.get(term)! / total) * weight(term)
    return sum / Math.sqrt(terms.size)
  })
}
