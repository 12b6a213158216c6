/**
 * @module
 * "Where…?" answered by the place a locative preposition ties to the question's words: "an upper
 * canal *near* Diepoldsau" for "Where is the upper canal regulation?", "begins *near* Millingen"
 * for "Where does the delta begin?". The share of the two words before the preposition that the
 * question holds, weighted by IDF, is the place's tie. Measured: README, Answers.
 */
import type { Word } from './words'

// A locative preposition (with an article) between the question's words and the place.
const LOCATIVE = /^\s+(?:near|at|in|on|into|to|from|by|outside|inside|around|along|across|off|beyond|within)\s+(?:the\s+)?$/i
/** How many content words before the preposition are read. */
const REACH = 2

/**
 * The IDF-weighted share of the (up to) two content words before a locative preposition right
 * before the candidate that the question asks with; 0 when no locative preposition stands there.
 *
 * @example
 * ```ts
 * // "…with an upper canal near Diepoldsau", candidate "Diepoldsau" (its first content word at `first`)
 * locativeTie(text, words, first, start, asked, idf) // 1: "upper" and "canal" are both asked
 * ```
 */
export function locativeTie(text: string, words: readonly Word[], first: number, start: number, asked: ReadonlySet<string>, idfOf: (term: string) => number): number {
  const before = words[first - 1]
  if (!before || !LOCATIVE.test(text.slice(before.end, start))) return 0
  let total = 0
  let tied = 0
  for (let i = first - 1; i >= 0 && i >= first - REACH; i--) {
    // A comma or other punctuation ends the stretch the preposition belongs to.
    if (i < first - 1 && /[,;:()]/.test(text.slice(words[i]!.end, words[i + 1]!.start))) break
    const weight = idfOf(words[i]!.term)
    total += weight
    if (asked.has(words[i]!.term)) tied += weight
  }
  return total === 0 ? 0 : tied / total
}
