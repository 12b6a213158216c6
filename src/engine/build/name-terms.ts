/**
 * @module
 * Build-time list of the index terms the content writes capitalised other than as a sentence's
 * first word: its names ("Normans", "Harold", "King"). A question written in title case
 * ("Who did Emma *Marry*?") capitalises common words too; a capitalised question word whose term
 * the content has only in lower case ("married") is no name (`question/corpus-names.ts`).
 */
import type { Passage } from '../types'

// What may stand before a sentence's first word: quotes, brackets, spaces.
const OPENING = /^[\s"'“‘(\[]*$/u

/**
 * The sorted index terms written capitalised at least once after a sentence's first word. Reads
 * the sentence terms `computeTermStats` set.
 *
 * @example
 * ```ts
 * // "The Normans married into the local nobility. Married men stayed."
 * nameTerms(passages) // ["norman"]
 * ```
 */
export function nameTerms(passages: readonly Passage[]): string[] {
  const names = new Set<string>()
  for (const passage of passages) {
    for (const s of passage.sentences) {
      const terms = s.terms ?? []
      for (let i = 0; i < terms.length; i++) {
        const start = s.termOffsets![2 * i]!
        if (!/^\p{Lu}/u.test(passage.text[start] ?? '') || OPENING.test(passage.text.slice(s.start, start))) continue
        names.add(terms[i]!)
      }
    }
  }
  return [...names].sort()
}
