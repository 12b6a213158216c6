/**
 * @module
 * Passage retrieval in two stages: MiniSearch (BM25+ over text, heading and title) finds
 * candidates for the analysed query, then each candidate is rescored with its best sentence
 * (IDF-weighted coverage and proximity, see `sentence-score.ts`), because a question is usually
 * answered by one sentence that shares most of its words.
 */
import type MiniSearch from 'minisearch'
import type { Corpus, DocumentMeta, Passage } from '../types'
import { searchIndex } from './index-search'
import type { IndexedPassage } from './options'
import { analyzeQuery, type AnalyzedQuery } from './query'
import { passageSentenceScore, scoringQuery, type ScoringQuery } from './sentence-score'
import { passageCount } from './stats'
import { matchedVariants } from './variants'

/** A passage found by the index, with the index terms that matched. */
export interface Retrieved {
  /** Position in `Corpus.passages`. */
  id: number
  /** Combined score: BM25 relative to the best candidate, plus `RERANK.sentenceWeight` × best sentence score. */
  score: number
  /** Index terms (as stored) that matched. */
  terms: string[]
  /** Query terms (processed) that found something in this passage. */
  queryTerms: string[]
}

/** Second-stage settings, measured on the SQuAD dev articles (README, Evaluation). */
export const RERANK = {
  /** How many BM25 candidates the sentence stage rescores. */
  depth: 20,
  /** Weight of the best sentence's score against the BM25 score (scaled to 1 for the top candidate). */
  sentenceWeight: 2,
  /** Most index postings (passage × term) a query may make MiniSearch score; see `searchTerms`. */
  postingsBudget: 1500,
} as const

/**
 * Ranks passages for a question; `document` limits the search to its passages.
 *
 * @example
 * ```ts
 * retrieve(index, corpus, 'How many rounds was Ukraine firing daily?', { limit: 3 })[0]?.id
 * ```
 */
export function retrieve(
  index: MiniSearch<IndexedPassage>,
  corpus: Corpus,
  question: string | AnalyzedQuery,
  { document, limit }: { document?: DocumentMeta; limit: number },
): Retrieved[] {
  const query = typeof question === 'string' ? analyzeQuery(corpus, question) : question
  if (query.terms.length === 0) return []
  const weights = new Map(query.terms.map((t) => [t.term, t.weight]))
  // As `index.search` would rank them, without its per-posting allocations (see `index-search.ts`).
  const candidates = searchIndex(index, {
    terms: searchTerms(corpus, query),
    boostTerm: (term) => weights.get(term) ?? 1,
    ...(document ? { within: { start: document.firstPassage, end: document.firstPassage + document.passageCount } } : {}),
    limit: Math.max(limit, RERANK.depth),
    nearTerms: corpus.search?.nearTerms,
  })
  const top = candidates[0]?.score ?? 1
  const scoring = scoringQuery(corpus, query, matchedVariants(query, candidates))
  return candidates
    .map((r) => ({
      id: r.id as number,
      score: r.score / top + RERANK.sentenceWeight * bestSentence(corpus.passages[r.id as number]!, scoring),
      terms: r.terms,
      queryTerms: r.queryTerms,
    }))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
}

function bestSentence(passage: Passage, scoring: ScoringQuery): number {
  let best = 0
  for (let i = 0; i < passage.sentences.length; i++) best = Math.max(best, passageSentenceScore(passage, i, scoring))
  return best
}

/**
 * The terms worth sending to MiniSearch. MiniSearch's cost grows with the passages each term is
 * in, so on a large corpus the commonest terms (weak evidence for BM25 anyway) are left to the
 * sentence stage: terms are taken rarest first while their passage counts fit `postingsBudget`
 * (the rarest always). A small corpus never reaches the budget, so every term is searched.
 */
function searchTerms(corpus: Corpus, query: AnalyzedQuery): string[] {
  const stats = corpus.search
  const all = query.terms.map((t) => t.term)
  if (!stats) return all
  // Each count looked up once; positions sorted by it (a stable sort: ties keep query order).
  const df = all.map((t) => passageCount(stats, t))
  const order = all.map((_, i) => i).sort((a, b) => df[a]! - df[b]!)
  const kept: string[] = []
  let postings = 0
  for (const i of order) {
    if (kept.length > 0 && postings + df[i]! > RERANK.postingsBudget) continue
    kept.push(all[i]!)
    postings += df[i]!
  }
  return kept
}

/**
 * The document with this id, if any.
 *
 * @example
 * ```ts
 * findDocument(corpus, 'nato-ammunition-2023-09-28')?.passageCount // 5
 * ```
 */
export function findDocument(corpus: Corpus, id: string): DocumentMeta | undefined {
  return corpus.documents.find((d) => d.id === id)
}
