/**
 * @module
 * Build step for summaries: ranks each document's sentences once and stores the result on the
 * sentences (`salience`, `keyRank`), so a request only selects and renders.
 */
import type { Passage } from '../types'
import { rankKeySentences, type KeySentenceOptions } from './key-sentences'

/** Span types that are hard facts for the ranker: figures and dates. */
const FACT_TYPES = new Set(['number', 'money', 'percent', 'duration', 'date'])

/**
 * Annotates the sentences of one document's passages (in document order) in place.
 *
 * @example
 * ```ts
 * annotateKeySentences(passagesOfDocument)
 * passagesOfDocument[0]!.sentences[0]!.keyRank // 0 for a typical news lead
 * ```
 */
export function annotateKeySentences(passages: readonly Passage[], options?: KeySentenceOptions): void {
  const sentences = passages.flatMap((passage) => passage.sentences.map((sentence) => ({ passage, sentence })))
  const inputs = sentences.map(({ passage, sentence }) => ({
    text: passage.text.slice(sentence.start, sentence.end),
    facts: passage.spans
      .filter((s) => FACT_TYPES.has(s.type) && s.start >= sentence.start && s.end <= sentence.end)
      .map((s) => s.normalized ?? passage.text.slice(s.start, s.end)),
  }))
  const { salience, order } = rankKeySentences(inputs, options)
  sentences.forEach(({ sentence }, i) => {
    // Three decimals are plenty to rank by and keep the generated corpus small.
    sentence.salience = Math.round(salience[i]! * 1000) / 1000
  })
  order.forEach((i, rank) => {
    sentences[i]!.sentence.keyRank = rank
  })
}
