/**
 * @module
 * Per-request selection of a document's key sentences: read the ranks the build stored, keep
 * what fits the budget, return them in document order.
 */
import type { SummarySentence } from '../results'
import type { Corpus, DocumentMeta } from '../types'
import { fitBudget, type Budget } from './budget'

/** A candidate sentence, located in the corpus. */
export interface Candidate extends SummarySentence {
  /** Position of its passage in `Corpus.passages`: with `start`, the document order. */
  passageId: number
}

/**
 * Puts sentences in reading order (corpus order, which is document order within a document).
 *
 * @example
 * ```ts
 * inReadingOrder(picked).map((s) => s.paragraph) // [0, 0, 4]
 * ```
 */
export function inReadingOrder(picked: readonly Candidate[]): SummarySentence[] {
  return [...picked]
    .sort((a, b) => a.passageId - b.passageId || a.start - b.start)
    .map(({ passageId: _id, ...sentence }) => sentence)
}

/**
 * The document's key sentences within the budget, in document order. A corpus built without
 * ranks falls back to document order, i.e. the lead.
 *
 * @example
 * ```ts
 * selectKeySentences(corpus, corpus.documents[0]!, { sentences: 3 }).map((s) => s.text)
 * ```
 */
export function selectKeySentences(corpus: Corpus, document: DocumentMeta, budget: Budget): SummarySentence[] {
  const candidates: (Candidate & { rank: number })[] = []
  for (let passageId = document.firstPassage; passageId < document.firstPassage + document.passageCount; passageId++) {
    const passage = corpus.passages[passageId]!
    for (const s of passage.sentences) {
      candidates.push({
        text: passage.text.slice(s.start, s.end), documentId: document.id, paragraph: passage.paragraph,
        start: s.start, end: s.end, passageId, rank: s.keyRank ?? candidates.length,
      })
    }
  }
  candidates.sort((a, b) => a.rank - b.rank)
  return inReadingOrder(fitBudget(candidates, budget).map(({ rank: _rank, ...c }) => c))
}
