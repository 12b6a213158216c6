/**
 * @module
 * Query-focused selection: the sentences that say the most about a topic, found with the same
 * retrieval and sentence scoring as `/ask`, blended with the build's salience, de-duplicated
 * with MMR and cut to the budget. Runs per request over the retrieved passages only.
 */
import type MiniSearch from 'minisearch'
import type { SummarySentence } from '../results'
import type { IndexedPassage } from '../search/options'
import { analyzeQuery } from '../search/query'
import { rankSentences } from '../search/rank-sentences'
import { retrieve } from '../search/retrieve'
import { sentenceTerms } from '../search/sentence-terms'
import type { Corpus, DocumentMeta } from '../types'
import { fitBudget, type Budget } from './budget'
import { inReadingOrder, type Candidate } from './select'

/** Focus settings. */
export const FOCUS = {
  /** Passages retrieved for a topic; their sentences are the candidates. */
  passages: 8,
  /** Weight of relevance to the topic against the sentence's build-time salience. */
  relevanceWeight: 0.75,
  /** Best-scoring sentences kept as candidates, which bounds the MMR loop. */
  pool: 30,
  /** MMR λ: relevance against overlap (Jaccard of terms) with a sentence already chosen. */
  mmrLambda: 0.7,
} as const

const jaccard = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  let shared = 0
  for (const t of a) if (b.has(t)) shared++
  const union = a.size + b.size - shared
  return union === 0 ? 0 : shared / union
}

/**
 * The sentences most about `topic`, within the budget, in reading order; empty when no
 * sentence matches any of the topic's terms.
 *
 * @example
 * ```ts
 * focusSentences({ corpus, index }, 'ammunition production', { sentences: 2 })
 * ```
 */
export function focusSentences(
  context: { corpus: Corpus; index: MiniSearch<IndexedPassage> },
  topic: string,
  budget: Budget,
  document?: DocumentMeta,
): SummarySentence[] {
  const { corpus, index } = context
  const query = analyzeQuery(corpus, topic)
  const retrieved = retrieve(index, corpus, query, { document, limit: FOCUS.passages })
  const ranked = rankSentences(corpus, retrieved, query).filter((r) => r.coverage > 0)
  const top = ranked[0]?.score ?? 0
  if (ranked.length === 0 || top <= 0) return []
  const pool = ranked.slice(0, FOCUS.pool).map((r) => {
    const passage = corpus.passages[r.passageId]!
    const s = passage.sentences[r.sentence]!
    const candidate: Candidate = {
      text: passage.text.slice(s.start, s.end), documentId: passage.documentId, paragraph: passage.paragraph,
      start: s.start, end: s.end, passageId: r.passageId,
    }
    const score = FOCUS.relevanceWeight * (Math.max(0, r.score) / top) + (1 - FOCUS.relevanceWeight) * (s.salience ?? 0)
    return { candidate, score, terms: new Set(sentenceTerms(passage, r.sentence)) }
  })
  // Greedy MMR over the pool (a few dozen sentences at most).
  const ordered: Candidate[] = []
  const chosen: (typeof pool)[number][] = []
  const free = new Set(pool.keys())
  while (free.size > 0) {
    let best = -1
    let bestScore = -Infinity
    for (const i of free) {
      const item = pool[i]!
      const overlap = chosen.reduce((m, c) => Math.max(m, jaccard(item.terms, c.terms)), 0)
      const score = FOCUS.mmrLambda * item.score - (1 - FOCUS.mmrLambda) * overlap
      if (score > bestScore) [best, bestScore] = [i, score]
    }
    free.delete(best)
    chosen.push(pool[best]!)
    ordered.push(pool[best]!.candidate)
  }
  return inReadingOrder(fitBudget(ordered, budget))
}
