/**
 * @module
 * Second-stage ranking: scores the sentences of the top passages against the analysed query with
 * the same measure the retriever reranks by (IDF-weighted coverage, proximity), plus a boost for a
 * sentence holding a span of the type the question expects. Sentence terms and IDFs come from
 * the build, so no passage text is tokenized or stemmed per request.
 */
import type { Corpus, EntityType } from '../types'
import { analyzeQuery, type AnalyzedQuery } from './query'
import type { Retrieved } from './retrieve'
import { hasTypedSpan, scorePassageSentence, scoringQuery, SENTENCE_SCORE } from './sentence-score'
import { matchedVariants } from './variants'

/** A sentence of a retrieved passage, scored. */
export interface RankedSentence {
  /** Position of the passage in `Corpus.passages`. */
  passageId: number
  /** Index of the sentence in `passage.sentences`. */
  sentence: number
  score: number
  /** IDF-weighted share of the query's terms the sentence contains, in [0, 1]. */
  coverage: number
  /** Query terms (and variants the search matched) found in the sentence. */
  matched: string[]
  /** Rank (0-based) of the sentence's passage among the retrieved ones. */
  passageRank: number
  /** Whether the sentence holds a span of one of the expected types. */
  typed: boolean
}

/** Options of `rankSentences`. */
export interface RankOptions {
  /** Span types the question's answer should be (from question analysis); a sentence holding one gains `SENTENCE_SCORE.typed`. */
  expectedSpanTypes?: readonly EntityType[]
}

/** Score taken per passage rank, so that between equal sentences the better passage wins. */
export const PASSAGE_RANK_PENALTY = 0.02

/**
 * Scores every sentence of the retrieved passages, best first. `query` is the question, or its
 * analysis when the caller already has it (as `retrieve` does).
 *
 * @example
 * ```ts
 * rankSentences(corpus, retrieved, 'How many rounds?', { expectedSpanTypes: ['number'] })[0]
 * ```
 */
export function rankSentences(
  corpus: Corpus,
  retrieved: readonly Retrieved[],
  query: string | AnalyzedQuery,
  options: RankOptions = {},
): RankedSentence[] {
  const analyzed = typeof query === 'string' ? analyzeQuery(corpus, query) : query
  // The index terms the search matched bring the question words' variants (`variants.ts`).
  const scoring = scoringQuery(corpus, analyzed, matchedVariants(analyzed, retrieved))
  const types = options.expectedSpanTypes
  const expected = types && types.length > 0 ? new Set(types) : undefined
  const ranked: RankedSentence[] = []
  for (let passageRank = 0; passageRank < retrieved.length; passageRank++) {
    const hit = retrieved[passageRank]!
    const passage = corpus.passages[hit.id]!
    for (let sentence = 0; sentence < passage.sentences.length; sentence++) {
      const { score, coverage, matched } = scorePassageSentence(passage, sentence, scoring)
      const typed = hasTypedSpan(passage, sentence, expected)
      ranked.push({
        passageId: hit.id, sentence, passageRank, coverage, matched, typed,
        score: score + (typed ? SENTENCE_SCORE.typed : 0) - PASSAGE_RANK_PENALTY * passageRank,
      })
    }
  }
  return ranked.sort((a, b) => b.score - a.score)
}
