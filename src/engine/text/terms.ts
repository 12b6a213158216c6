/**
 * @module
 * Term normalisation shared by the index and the queries (MiniSearch's `processTerm`).
 */
import { stemmer } from 'stemmer'
import { STOP_WORDS } from './stop-words'

const NUMBER = /^\p{N}+(?:[.,]\p{N}+)*$/u
const ACRONYM = /^(?:\p{Lu}\.?){2,}$/u
// The rest of `normalizeTerm`'s patterns, made once (a literal in the function is a new object per call).
const PLAIN = /^[a-z]+$/
const CURLY_APOSTROPHE = /’/g
const THOUSANDS = /^\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?$/u
const COMMAS = /,/g
const POSSESSIVE_S = /'s$/i
const SINGLE_CAPITAL = /^[B-HJ-Z]$/
const POSSESSIVE = /'s?$/
const NOT = /n't$/
const CLITIC = /'.*$/
const DOTS = /\./g
const DIGIT = /\p{N}/u

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
  const known = TERMS.get(raw)
  if (known !== undefined) return known
  const term = fold(raw)
  if (raw.length <= MAX_CACHED_LENGTH) {
    if (TERMS.size >= MAX_CACHED) TERMS.clear()
    TERMS.set(raw, term)
  }
  return term
}

// Requests fold the same words again and again (the question's, and the rules' reads of the same
// sentences): a word's term is remembered. Cleared when full, and only words of ordinary length are
// kept, so no input can make the map hold more than a few megabytes.
const TERMS = new Map<string, string | null>()
const MAX_CACHED = 20_000
const MAX_CACHED_LENGTH = 24

function fold(raw: string): string | null {
  // Most words are plain lower-case letters: none of the rewrites below applies to them.
  if (PLAIN.test(raw)) return STOP_WORDS.has(raw) || raw.length < 2 ? null : stemmer(raw)
  const text = raw.replace(CURLY_APOSTROPHE, "'")
  if (NUMBER.test(text)) {
    // "6,000" → "6000", but "1,5" is not a thousands group: keep as written.
    return THOUSANDS.test(text) ? text.replace(COMMAS, '') : text
  }
  const acronym = ACRONYM.test(text.replace(POSSESSIVE_S, '')) || SINGLE_CAPITAL.test(text)
  const word = text.toLowerCase().replace(POSSESSIVE, '').replace(NOT, '').replace(CLITIC, '').replace(DOTS, '')
  if (word === '') return null
  if (acronym) return word
  if (STOP_WORDS.has(word) || (word.length < 2 && !DIGIT.test(word))) return null
  return stemmer(word)
}
