/**
 * @module
 * How well one sentence answers a query: the IDF-weighted share of the question's terms it
 * contains (each group counted once, at its best matching member), plus a bonus for query terms
 * standing next to each other (the question's phrasing reused). Shared by passage reranking and
 * sentence ranking so both judge a sentence the same way.
 */
import type { AnalyzedQuery } from './query'
import { idf } from './stats'
import type { Corpus, EntityType, Passage } from '../types'

/** Scoring constants; measured on the SQuAD dev articles and the seed set (see README, Evaluation). */
export const SENTENCE_SCORE = {
  /** Most the proximity bonus adds, reached at `proximityPairs` adjacent query-term pairs. */
  proximity: 0.2,
  proximityPairs: 3,
  /** Added when the sentence holds a span of a type the question expects (neutral on the dev sets up to 0.1; higher hurts). */
  typed: 0.05,
} as const

/** A query prepared for scoring many sentences: term → (groups, weight × IDF). */
export interface ScoringQuery {
  terms: Map<string, { groups: number[]; value: number }>
  groupWeights: number[]
  total: number
  /** Per-group scratch space reused by every `scoreSentence` call (no allocation per sentence). */
  earned: Float64Array
}

/**
 * Prepares a query for `scoreSentence` (IDF lookups done once per request).
 *
 * @example
 * ```ts
 * const scoring = scoringQuery(corpus, analyzeQuery(corpus, 'How many rounds?'))
 * ```
 */
export function scoringQuery(corpus: Corpus, query: AnalyzedQuery): ScoringQuery {
  const terms = new Map(query.terms.map((t) => [t.term, { groups: t.groups, value: t.weight * idf(corpus.search, t.term) }]))
  const total = query.groupWeights.reduce((a, b) => a + b, 0)
  return { terms, groupWeights: query.groupWeights, total, earned: new Float64Array(query.groupWeights.length) }
}

/** A sentence's score against a query. */
export interface SentenceScore {
  /** coverage + proximity bonus. */
  score: number
  /** IDF-weighted share of the query's groups the sentence matches, in [0, 1]. */
  coverage: number
  /** Query terms found in the sentence. */
  matched: string[]
}

/**
 * Whether sentence `i` of a passage holds a span of one of the types (spans are precomputed).
 *
 * @example
 * ```ts
 * hasTypedSpan(passage, 0, new Set(['number'])) // true for "… up to 6,000 rounds …"
 * ```
 */
export function hasTypedSpan(passage: Passage, i: number, types: ReadonlySet<EntityType> | undefined): boolean {
  if (!types) return false
  const s = passage.sentences[i]!
  return passage.spans.some((span) => types.has(span.type) && span.start >= s.start && span.end <= s.end)
}

// What `matched` is when the caller needs only the score: no array per sentence (frozen: never filled).
const NOT_COLLECTED: string[] = Object.freeze([]) as unknown as string[]

/**
 * Scores a sentence, given its index terms in order. `collect: false` leaves `matched` empty, for
 * callers that need only the score (passage reranking scores every sentence of 20 passages).
 *
 * @example
 * ```ts
 * scoreSentence(['ukrain', 'fire', '6000', 'round', 'daili'], scoring).coverage // 1 for "rounds daily"
 * ```
 */
export function scoreSentence(terms: readonly string[], query: ScoringQuery, collect = true): SentenceScore {
  const best = query.earned
  best.fill(0)
  const matched: string[] = collect ? [] : NOT_COLLECTED
  let pairs = 0
  let previous: number | undefined
  for (const term of terms) {
    const hit = query.terms.get(term)
    if (!hit) {
      previous = undefined
      continue
    }
    if (collect && !matched.includes(term)) matched.push(term)
    for (const g of hit.groups) best[g] = Math.max(best[g]!, Math.min(hit.value, query.groupWeights[g] ?? hit.value))
    const group = hit.groups[0]!
    if (previous !== undefined && previous !== group) pairs++
    previous = group
  }
  let earned = 0
  for (const v of best) earned += v
  const coverage = query.total > 0 ? Math.min(1, earned / query.total) : 0
  const bonus = SENTENCE_SCORE.proximity * Math.min(pairs, SENTENCE_SCORE.proximityPairs) / SENTENCE_SCORE.proximityPairs
  return { score: coverage + bonus, coverage, matched }
}
