/**
 * @module
 * Build-time lists of the content's names, by how it writes their index terms: capitalised after a
 * sentence's first word ("the *Normans*", "King *Harold*"), or capitalised only ever as a
 * sentence's first word ("*Emma* married…" and nowhere in lower case). A question written in title
 * case ("Who did Emma *Marry*?") capitalises common words too; a capitalised question word whose
 * term is on neither list but in the content ("married") is no name (`question/corpus-names.ts`).
 */
import type { CorpusNameTerms, Passage } from '../types'

// What may stand before a sentence's first word: quotes, brackets, spaces.
const OPENING = /^[\s"'“‘(\[]*$/u

/**
 * The sorted index terms written capitalised after a sentence's first word (`names`), and those
 * written capitalised only as a sentence's first word and never in lower case (`initial`). Reads
 * the sentence terms `computeTermStats` set.
 *
 * @example
 * ```ts
 * // "The Normans married. Married men stayed. Emma stayed."
 * nameTerms(passages) // { names: ["norman"], initial: ["emma"] }
 * ```
 */
export function nameTerms(passages: readonly Passage[]): CorpusNameTerms {
  const mid = new Set<string>()
  const initial = new Set<string>()
  const lower = new Set<string>()
  for (const passage of passages) {
    for (const s of passage.sentences) {
      const terms = s.terms ?? []
      for (let i = 0; i < terms.length; i++) {
        const start = s.termOffsets![2 * i]!
        const first = passage.text[start] ?? ''
        if (/\p{Ll}/u.test(first)) lower.add(terms[i]!)
        else if (/\p{Lu}/u.test(first)) (OPENING.test(passage.text.slice(s.start, start)) ? initial : mid).add(terms[i]!)
      }
    }
  }
  return { names: [...mid].sort(), initial: [...initial].filter((t) => !mid.has(t) && !lower.has(t)).sort() }
}
