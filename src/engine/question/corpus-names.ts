/**
 * @module
 * The content's names, from the build's lists (`build/name-terms.ts`): a capitalised question word
 * whose term the content has, but only in lower case ("Marry" when the text says "married"), is a
 * common word; a term the content lacks stays a name ("no passage mentions 'Ukraine'"), and so does
 * one it writes only capitalised ("Emma married…"). A sentence's first word counts as a name for
 * the word-order rules only when the content writes it capitalised elsewhere.
 */
import { passageCount } from '../search/stats'
import type { Corpus } from '../types'

/** What the content tells about a term's case. */
export interface CorpusNames {
  /** Written capitalised after a sentence's first word somewhere. */
  isName(term: string): boolean
  /** Written in lower case, and never capitalised other than as a sentence's first word. */
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
    const mid = corpus.names ? new Set(corpus.names.names) : undefined
    const initial = new Set(corpus.names?.initial)
    names = mid
      ? {
          isName: (term) => mid.has(term),
          lowerCaseOnly: (term) => !mid.has(term) && !initial.has(term) && passageCount(corpus.search, term) > 0,
        }
      : { isName: () => false, lowerCaseOnly: () => false }
    NAMES.set(corpus, names)
  }
  return names
}
