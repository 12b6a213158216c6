/**
 * @module
 * A sentence's tokens, offsets from the sentence's start, made once per sentence object: the rules
 * that read word order (verb roles and slots) ask for the same few sentences on every question.
 */
import { normalizeTerm } from '../text/terms'
import { tokenize, type Token } from '../text/tokens'
import type { Passage, Sentence } from '../types'

// Per sentence object (so per corpus: nothing is shared between engines), made on first use.
const TOKENS = new WeakMap<Sentence, readonly Token[]>()

/**
 * The tokens of `passage.text.slice(s.start, s.end)`, cached per sentence.
 *
 * @example
 * ```ts
 * sentenceTokens(passage, passage.sentences[0]!)[0] // { text: 'NATO', start: 0, end: 4 }
 * ```
 */
export function sentenceTokens(passage: Passage, s: Sentence): readonly Token[] {
  let tokens = TOKENS.get(s)
  if (!tokens) TOKENS.set(s, (tokens = tokenize(passage.text.slice(s.start, s.end))))
  return tokens
}

const TERMS = new WeakMap<Sentence, readonly (string | null)[]>()

/**
 * Each of the sentence's tokens' index term (`normalizeTerm`, `null` for a stop word), cached per
 * sentence: stemming the same sentences for every question was most of the word-order rules' time.
 *
 * @example
 * ```ts
 * sentenceTokenTerms(passage, passage.sentences[0]!)[0] // "nato"
 * ```
 */
export function sentenceTokenTerms(passage: Passage, s: Sentence): readonly (string | null)[] {
  let terms = TERMS.get(s)
  if (!terms) TERMS.set(s, (terms = sentenceTokens(passage, s).map((t) => normalizeTerm(t.text))))
  return terms
}

/**
 * A per-sentence cache of a function of each token (a verb's stem, say), made on first use.
 *
 * @example
 * ```ts
 * const stems = tokenCache((text) => stem(text))
 * stems(passage, sentence)[3] // the fourth token's stem
 * ```
 */
export function tokenCache<T>(of: (text: string) => T): (passage: Passage, s: Sentence) => readonly T[] {
  const cache = new WeakMap<Sentence, readonly T[]>()
  return function perToken(passage, s) {
    let values = cache.get(s)
    if (!values) cache.set(s, (values = sentenceTokens(passage, s).map((t) => of(t.text))))
    return values
  }
}
