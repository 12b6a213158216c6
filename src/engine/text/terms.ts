/**
 * @module
 * Term normalisation shared by the index and the queries (MiniSearch's `processTerm`).
 */
import { stemmer } from 'stemmer'
import { STOP_WORDS } from './stop-words'

const NUMBER = /^\p{N}+(?:[.,]\p{N}+)*$/u
const ACRONYM = /^(?:\p{Lu}\.?){2,}$/u

/**
 * Folds a raw token into an index term, or `null` for a stop word.
 * - possessives and contractions drop their tail: "Ukraine's" → "ukrain", "isn't" → dropped;
 * - numbers lose thousands separators: "6,000" → "6000"; decimals stay: "2.1";
 * - dotted acronyms lose their dots: "U.S" → "us"; an upper-case acronym is never a stop word,
 *   so "US" (the country) survives while "us" (the pronoun) does not;
 * - a single capital letter other than "A" and "I" is kept ("class P", "Plan B", "Model S"):
 *   dropping it cost 0.037 passage@1 on the SQuAD dev articles (variables such as P, L and T);
 * - everything else is lower-cased and Porter-stemmed ("firing" → "fire").
 *
 * @example
 * ```ts
 * normalizeTerm('6,000') // "6000"
 * normalizeTerm("Ukraine's") // "ukrain"
 * normalizeTerm('the') // null
 * ```
 */
export function normalizeTerm(raw: string): string | null {
  const text = raw.replace(/’/g, "'")
  if (NUMBER.test(text)) {
    // "6,000" → "6000", but "1,5" is not a thousands group: keep as written.
    return /^\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?$/u.test(text) ? text.replace(/,/g, '') : text
  }
  const acronym = ACRONYM.test(text.replace(/'s$/i, '')) || /^[B-HJ-Z]$/.test(text)
  const word = text.toLowerCase().replace(/'s?$/, '').replace(/n't$/, '').replace(/'.*$/, '').replace(/\./g, '')
  if (word === '') return null
  if (acronym) return word
  if (STOP_WORDS.has(word) || (word.length < 2 && !/\p{N}/u.test(word))) return null
  return stemmer(word)
}
