/**
 * @module
 * The content's names, from the build's list of terms written capitalised after a sentence's first
 * word: a capitalised question word whose term the content has but never writes so ("Marry" when
 * the text says "married") is a common word; a term the content lacks stays a name ("no passage
 * mentions 'Ukraine'"); a sentence's first word is a name only when the content writes it so.
 */
import { passageCount } from '../search/stats'
import type { Corpus } from '../types'

/** What the content tells about a term's case. */
export interface CorpusNames {
  /** Written capitalised after a sentence's first word somewhere. */
  isName(term: string): boolean
  /** Written, and only in lower case (after a sentence's first word). */
  lowerCaseOnly(term: string): boolean
}

// Per corpus object: the set is made on the first question, not per request.
const NAMES = new WeakMap<Corpus, CorpusNames>()

/**
 * The corpus's name tests. A corpus built without its name list knows no names and no
 * lower-case-only words.
 *
 * @example
 * ```ts
 * corpusNames(corpus).lowerCaseOnly('marri') // true: "married", never "Married" mid-sentence
 * corpusNames(corpus).isName('norman') // true: "the Normans"
 * ```
 */
export function corpusNames(corpus: Corpus): CorpusNames {
  let names = NAMES.get(corpus)
  if (!names) {
    const set = corpus.names ? new Set(corpus.names) : undefined
    names = set
      ? { isName: (term) => set.has(term), lowerCaseOnly: (term) => !set.has(term) && passageCount(corpus.search, term) > 0 }
      : { isName: () => false, lowerCaseOnly: () => false }
    NAMES.set(corpus, names)
  }
  return names
}
