/**
 * @module
 * How well one sentence answers a query: the IDF-weighted share of the question's terms it
 * contains (each group counted once, at its best matching member), plus a bonus for query terms
 * standing next to each other (the question's phrasing reused). A sentence that continues the
 * previous one ("It was commissioned by Odo.") also earns, at a discount, the terms of that one.
 * Shared by passage reranking and sentence ranking so both judge a sentence the same way.
 */
import { continuesPrevious } from './continuation'
import type { AnalyzedQuery, QueryTerm } from './query'
import { idf } from './stats'
import { sentenceTerms } from './sentence-terms'
import type { Corpus, EntityType, Passage } from '../types'

/** Scoring constants; measured on the SQuAD dev articles and the seed set (see README, Evaluation). */
export const SENTENCE_SCORE = {
  /** Most the proximity bonus adds, reached at `proximityPairs` adjacent query-term pairs. */
  proximity: 0.2,
  proximityPairs: 3,
  /**
   * Other words a pair may have between its two query terms (stop words never count): "Duchy of
   * Normandy" for "Normandy's duchy", "polynomial-time reduction" for "reduction in polynomial time".
   * 1 rather than 0: SQuAD dev passage@1 0.829 → 0.836, sentence acc 0.683 → 0.693, better on both
   * articles; 2 and 3 score lower.
   */
  proximityGap: 1,
  /**
   * What the previous sentence's terms are worth to a sentence that continues it (see
   * `continuation.ts`): the pronoun stands for them, but less surely than the words themselves.
   * SQuAD dev passage@1 0.836 → 0.840, sentence acc 0.706 → 0.710; 0.5 and 0.7 measure the same.
   */
  context: 0.6,
  /** Added when the sentence holds a span of a type the question expects (neutral on the dev sets up to 0.1; higher hurts). */
  typed: 0.05,
} as const

/** A query prepared for scoring many sentences: term → (groups, weight × IDF). */
export interface ScoringQuery {
  terms: Map<string, ScoringTerm>
  groupWeights: number[]
  total: number
  /** Per-group scratch space reused by every `scoreSentence` call (no allocation per sentence). */
  earned: Float64Array
}

/** A term of a `ScoringQuery`. */
export interface ScoringTerm {
  groups: number[]
  value: number
  /** Per group (same order): what the term earns there, `value` capped at the group's weight. */
  capped: number[]
}

/**
 * Prepares a query for `scoreSentence` (IDF lookups done once per request). `variants` are further
 * terms to count (`matchedVariants`); they earn for their groups but never raise what a group is worth.
 *
 * @example
 * ```ts
 * const scoring = scoringQuery(corpus, analyzeQuery(corpus, 'How many rounds?'))
 * ```
 */
export function scoringQuery(corpus: Corpus, query: AnalyzedQuery, variants: readonly QueryTerm[] = NO_VARIANTS): ScoringQuery {
  // Retrieval and sentence ranking prepare the same query with the same variants (`matchedVariants` remembers them).
  if (last && last.query === query && last.variants === variants && last.corpus === corpus) return last.scoring
  const scoring = prepare(corpus, query, variants)
  last = { corpus, query, variants, scoring }
  return scoring
}

const NO_VARIANTS: readonly QueryTerm[] = Object.freeze([])

// The last query prepared, with what it was prepared from: one request's (a request's analysed query
// is a new object), held strongly. Not a WeakMap keyed by the query: the young-generation collector
// keeps a WeakMap's values alive through the next collection, and scoring queries are large.
let last: { corpus: Corpus; query: AnalyzedQuery; variants: readonly QueryTerm[]; scoring: ScoringQuery } | undefined

function prepare(corpus: Corpus, query: AnalyzedQuery, variants: readonly QueryTerm[]): ScoringQuery {
  const terms = new Map<string, ScoringTerm>()
  const add = (t: QueryTerm) => {
    const value = t.weight * idf(corpus.search, t.term)
    terms.set(t.term, { groups: t.groups, value, capped: t.groups.map((g) => Math.min(value, query.groupWeights[g] ?? value)) })
  }
  for (const t of query.terms) add(t)
  for (const t of variants) add(t)
  const total = query.groupWeights.reduce((a, b) => a + b, 0)
  return { terms, groupWeights: query.groupWeights, total, earned: new Float64Array(query.groupWeights.length) }
}

/** A sentence's score against a query. */
export interface SentenceScore {
  /** coverage + proximity bonus. */
  score: number
  /** IDF-weighted share of the query's groups the sentence matches, in [0, 1]. */
  coverage: number
  /** Query terms (and variants, see `variants.ts`) found in the sentence. */
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

/**
 * Scores sentence `i` of a passage, with the previous sentence as context when it continues it;
 * `collect: false` as for `scoreSentence`.
 *
 * @example
 * ```ts
 * scorePassageSentence(passage, 1, scoring).score // "It was commissioned by Odo." also earns "Tapestry"
 * ```
 */
export function scorePassageSentence(passage: Passage, i: number, query: ScoringQuery, collect = true): SentenceScore {
  const matched: string[] = collect ? [] : NOT_COLLECTED
  const score = passageSentenceScore(passage, i, query, collect ? matched : undefined)
  return { score, coverage: LAST_COVERAGE[0]!, matched }
}

/**
 * The score of sentence `i` of a passage (as `scorePassageSentence`), without building a result:
 * passage reranking scores every sentence of 20 passages and needs only the number.
 *
 * @example
 * ```ts
 * passageSentenceScore(passage, 1, scoring) // scorePassageSentence(passage, 1, scoring).score
 * ```
 */
export function passageSentenceScore(passage: Passage, i: number, query: ScoringQuery, matched?: string[]): number {
  const context = i > 0 && continuesPrevious(passage, i) ? sentenceTerms(passage, i - 1) : undefined
  return score(sentenceTerms(passage, i), query, context, matched)
}

// What `matched` is when the caller needs only the score: no array per sentence (frozen: never filled).
const NOT_COLLECTED: string[] = Object.freeze([]) as unknown as string[]

/**
 * Scores a sentence, given its index terms in order; `context` (the terms of the sentence it
 * continues) earns at `SENTENCE_SCORE.context` and adds no proximity. `collect: false` leaves
 * `matched` empty, for callers that need only the score.
 *
 * @example
 * ```ts
 * scoreSentence(['ukrain', 'fire', '6000', 'round', 'daili'], scoring).coverage // 1 for "rounds daily"
 * ```
 */
export function scoreSentence(terms: readonly string[], query: ScoringQuery, context?: readonly string[], collect = true): SentenceScore {
  const matched: string[] = collect ? [] : NOT_COLLECTED
  const total = score(terms, query, context, collect ? matched : undefined)
  return { score: total, coverage: LAST_COVERAGE[0]!, matched }
}

// The coverage of the last sentence `score` scored, read right after the call, so no result object
// is made (a typed array: a number kept in a module variable would be boxed at every store).
const LAST_COVERAGE = new Float64Array(1)

/** coverage + proximity bonus (coverage left in `LAST_COVERAGE`); fills `matched` when given. */
function score(terms: readonly string[], query: ScoringQuery, context: readonly string[] | undefined, matched: string[] | undefined): number {
  const best = query.earned
  best.fill(0)
  if (context) {
    for (const term of context) {
      const hit = query.terms.get(term)
      if (!hit) continue
      for (let n = 0; n < hit.groups.length; n++) {
        const g = hit.groups[n]!
        best[g] = Math.max(best[g]!, SENTENCE_SCORE.context * hit.capped[n]!)
      }
    }
  }
  let pairs = 0
  let previous: number | undefined
  let gap = 0
  for (const term of terms) {
    const hit = query.terms.get(term)
    if (!hit) {
      if (++gap > SENTENCE_SCORE.proximityGap) previous = undefined
      continue
    }
    gap = 0
    if (matched && !matched.includes(term)) matched.push(term)
    for (let n = 0; n < hit.groups.length; n++) {
      const g = hit.groups[n]!
      best[g] = Math.max(best[g]!, hit.capped[n]!)
    }
    const group = hit.groups[0]!
    if (previous !== undefined && previous !== group) pairs++
    previous = group
  }
  let earned = 0
  for (const v of best) earned += v
  const coverage = query.total > 0 ? Math.min(1, earned / query.total) : 0
  LAST_COVERAGE[0] = coverage
  const bonus = SENTENCE_SCORE.proximity * Math.min(pairs, SENTENCE_SCORE.proximityPairs) / SENTENCE_SCORE.proximityPairs
  return coverage + bonus
}
