/**
 * @module
 * Whether a sentence continues the one before it: it opens with a pronoun or determiner that
 * points back ("It was commissioned by Odo.", "This hypothesis is called …", "Such problems are
 * called …") or a connective ("But a storm dispersed the fleet."). Such a sentence is about what
 * the previous one named, so sentence scoring lends it that sentence's terms (`sentence-score.ts`).
 */
import type { Passage } from '../types'

/**
 * Opening words that refer back. "There" and "that" are left out: as openers they are mostly
 * existential ("There are …") or a conjunction.
 */
const OPENERS = new Set([
  'it', 'its', 'this', 'these', 'those', 'they', 'their', 'them', 'such', 'he', 'she', 'his', 'her',
  'but', 'thus', 'hence', 'therefore', 'however', 'indeed', 'so', 'then', 'also', 'yet', 'instead',
])

/** The first word of a sentence: letters after any quote or bracket. */
const FIRST_WORD = /^[^\p{L}]*(\p{L}+)/u

/**
 * Whether a sentence's text opens with a word that refers back (the build stores it as `Sentence.continues`).
 *
 * @example
 * ```ts
 * opensWithBackReference('It was commissioned by Odo.') // true
 * opensWithBackReference('There is a prize.') // false
 * ```
 */
export function opensWithBackReference(text: string): boolean {
  const word = FIRST_WORD.exec(text.slice(0, 24))?.[1]
  return word !== undefined && OPENERS.has(word.toLowerCase())
}

/**
 * Whether sentence `i` of the passage continues sentence `i - 1`; read from the build's
 * `continues` flag, or worked out for a corpus built without term statistics.
 *
 * @example
 * ```ts
 * continuesPrevious(passage, 1) // true for "… the Bayeux Tapestry. It was commissioned by Odo …"
 * ```
 */
export function continuesPrevious(passage: Passage, i: number): boolean {
  if (i === 0) return false
  const s = passage.sentences[i]!
  return s.terms ? s.continues === true : opensWithBackReference(passage.text.slice(s.start, s.end))
}
