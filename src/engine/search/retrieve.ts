/**
 * @module
 * First-stage retrieval: MiniSearch over passages, optionally limited to one document.
 */
import type MiniSearch from 'minisearch'
import type { Corpus, DocumentMeta } from '../types'
import type { IndexedPassage } from './options'

/** A passage found by the index, with the index terms that matched. */
export interface Retrieved {
  /** Position in `Corpus.passages`. */
  id: number
  score: number
  /** Index terms (as stored) that matched, including fuzzy and prefix matches. */
  terms: string[]
  /** Query terms (processed) that found something in this passage. */
  queryTerms: string[]
}

/**
 * Ranks passages for a query; `document` limits the search to its passages.
 *
 * @example
 * ```ts
 * retrieve(index, 'rounds fired daily', { limit: 3 })[0]?.id
 * ```
 */
export function retrieve(
  index: MiniSearch<IndexedPassage>,
  query: string,
  { document, limit }: { document?: DocumentMeta; limit: number },
): Retrieved[] {
  const filter = document
    ? (r: { id: number }) => r.id >= document.firstPassage && r.id < document.firstPassage + document.passageCount
    : undefined
  return index
    .search(query, filter ? { filter } : {})
    .slice(0, limit)
    .map((r) => ({ id: r.id as number, score: r.score, terms: r.terms, queryTerms: r.queryTerms }))
}

/** The document with this id, if any. */
export function findDocument(corpus: Corpus, id: string): DocumentMeta | undefined {
  return corpus.documents.find((d) => d.id === id)
}
