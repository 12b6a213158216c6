/**
 * @module
 * Second-stage ranking: scores the sentences of the top passages against the query terms.
 * First version: the share of query terms a sentence contains.
 */
import { normalizeTerm } from '../text/terms'
import { tokenize } from '../text/tokens'
import type { Corpus } from '../types'
import type { Retrieved } from './retrieve'

/** A sentence of a retrieved passage, scored. */
export interface RankedSentence {
  /** Position of the passage in `Corpus.passages`. */
  passageId: number
  /** Index of the sentence in `passage.sentences`. */
  sentence: number
  score: number
  /** Share of the query's terms the sentence contains, in [0, 1]. */
  coverage: number
  /** Query terms found in the sentence. */
  matched: string[]
}

/**
 * Scores every sentence of the retrieved passages, best first.
 *
 * @example
 * ```ts
 * rankSentences(corpus, retrieved, ['round', 'daili'])[0]
 * ```
 */
export function rankSentences(corpus: Corpus, retrieved: Retrieved[], queryTerms: string[]): RankedSentence[] {
  const wanted = new Set(queryTerms)
  const ranked: RankedSentence[] = []
  for (const hit of retrieved) {
    const passage = corpus.passages[hit.id]!
    const matchedInPassage = new Set(hit.terms)
    passage.sentences.forEach((s, sentence) => {
      const terms = new Set(tokenize(passage.text.slice(s.start, s.end)).flatMap((t) => normalizeTerm(t.text) ?? []))
      const matched = [...terms].filter((t) => wanted.has(t) || matchedInPassage.has(t))
      const coverage = wanted.size === 0 ? 0 : Math.min(1, matched.length / wanted.size)
      ranked.push({ passageId: hit.id, sentence, score: coverage, coverage, matched })
    })
  }
  return ranked.sort((a, b) => b.score - a.score)
}

/**
 * The processed terms of a query, as the index sees them.
 *
 * @example
 * ```ts
 * queryTerms('How many rounds?') // ["round"]
 * ```
 */
export function queryTerms(query: string): string[] {
  return [...new Set(tokenize(query).flatMap((t) => normalizeTerm(t.text) ?? []))]
}
