/**
 * @module
 * The first half of `ask` for an eval question, with its intermediate results exposed: the query
 * and question analyses, the retrieved passages and the ranked sentences, exactly as `ask` makes
 * them. The ranker row, the dump and the confidence refit read these instead of the final answer.
 */
import MiniSearch from 'minisearch'
import { expectedSpanTypes } from '../../src/engine/answer/type-fit'
import { ANSWER_DEPTH } from '../../src/engine/ask'
import { analyzeQuestion, type QuestionAnalysis } from '../../src/engine/question/analyze'
import { corpusNames } from '../../src/engine/question/corpus-names'
import { searchIndexOptions, type IndexedPassage } from '../../src/engine/search/options'
import { analyzeQuery, type AnalyzedQuery } from '../../src/engine/search/query'
import { rankSentences, type RankedSentence } from '../../src/engine/search/rank-sentences'
import { retrieve, type Retrieved } from '../../src/engine/search/retrieve'
import type { BuiltCorpus } from '../../src/engine/types'
import type { EvalQuestion } from './metrics'

/** What `ask` computes before extraction. */
export interface RankedQuestion {
  query: AnalyzedQuery
  question: QuestionAnalysis
  retrieved: Retrieved[]
  ranked: RankedSentence[]
}

/**
 * A ranker over a built corpus: call it per question (`limit` passages compete, `ANSWER_DEPTH` by default).
 *
 * @example
 * ```ts
 * const rank = rankerFor(built)
 * rank(question).ranked[0]?.sentence
 * ```
 */
export function rankerFor(built: BuiltCorpus): (q: EvalQuestion, limit?: number) => RankedQuestion {
  const { corpus } = built
  const index = MiniSearch.loadJSON<IndexedPassage>(built.index, searchIndexOptions)
  return function rankLikeAsk(q, limit = ANSWER_DEPTH) {
    const document = corpus.documents.find((d) => d.id === q.doc)
    // As `ask`: the corpus's lower-case-only words are no names, and the query reuses the question's words.
    const question = analyzeQuestion(q.question, corpusNames(corpus).lowerCaseOnly)
    const query = analyzeQuery(corpus, q.question, question.words)
    const retrieved = retrieve(index, corpus, query, { document, limit })
    const ranked = rankSentences(corpus, retrieved, query, { expectedSpanTypes: expectedSpanTypes(question.type) })
    return { query, question, retrieved, ranked }
  }
}
