/**
 * @module
 * A sentence's content words with their index terms and passage offsets: the unit in which
 * candidates measure distance (function words neither separate nor join).
 */
import { normalizeTerm } from '../text/terms'
import { tokenize } from '../text/tokens'
import type { Passage, Sentence } from '../types'

/** A content word of the sentence: its index term and passage offsets. */
export interface Word {
  term: string
  start: number
  end: number
}

/**
 * The sentence's content words, from the offsets the build stored (tokenized here only for an older corpus).
 *
 * @example
 * ```ts
 * contentWords(passage, passage.sentences[0]!)[0] // { term: 'ukrain', start: 0, end: 9 }
 * ```
 */
export function contentWords(passage: Passage, s: Sentence): readonly Word[] {
  let words = WORDS.get(s)
  if (!words) WORDS.set(s, (words = wordsOf(passage, s)))
  return words
}

// Per sentence object (so per corpus: nothing is shared between engines), made on first use: the
// same sentences compete for many questions, and rebuilding the list was a tenth of a request's garbage.
const WORDS = new WeakMap<Sentence, readonly Word[]>()

function wordsOf(passage: Passage, s: Sentence): Word[] {
  if (s.terms && s.termOffsets) return s.terms.map((term, i) => ({ term, start: s.termOffsets![2 * i]!, end: s.termOffsets![2 * i + 1]! }))
  return tokenize(passage.text.slice(s.start, s.end)).flatMap((t) => {
    const term = normalizeTerm(t.text)
    return term === null ? [] : [{ term, start: t.start + s.start, end: t.end + s.start }]
  })
}
