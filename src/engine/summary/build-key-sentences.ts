/**
 * @module
 * Build step for summaries: ranks each document's sentences once and stores the result on the
 * sentences (`salience`, `keyRank`), so a request only selects and renders.
 */
import type { Passage } from '../types'
import { rankKeySentences, type KeySentenceOptions } from './key-sentences'

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
  const sentences = passages.flatMap((p) => p.sentences.map((s) => ({ passage: p, sentence: s })))
  const { salience, order } = rankKeySentences(
    sentences.map(({ passage, sentence }) => passage.text.slice(sentence.start, sentence.end)),
    options,
  )
  sentences.forEach(({ sentence }, i) => {
    // Three decimals are plenty to rank by and keep the generated corpus small.
    sentence.salience = Math.round(salience[i]! * 1000) / 1000
  })
  order.forEach((i, rank) => {
    sentences[i]!.sentence.keyRank = rank
  })
}
