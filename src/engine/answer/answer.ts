/**
 * @module
 * Answer extraction, first version: the best-ranked sentence is the answer. The answers work
 * replaces this with typed span extraction, calibrated confidence and abstention.
 */
import type { RankedSentence } from '../search/rank-sentences'
import type { Corpus } from '../types'
import type { Abstention, Answer } from '../results'

/** How `extractAnswer` decides. */
export interface AnswerOptions {
  /** Below this confidence the engine abstains. */
  abstainBelow: number
}

/**
 * Turns the ranked sentences into an answer, or an abstention.
 *
 * @example
 * ```ts
 * const { answer } = extractAnswer(ranked, corpus, { abstainBelow: 0.35 })
 * ```
 */
export function extractAnswer(
  ranked: RankedSentence[],
  corpus: Corpus,
  options: AnswerOptions,
): { answer: Answer | null; abstention?: Abstention } {
  const best = ranked[0]
  if (!best) return { answer: null, abstention: { abstained: true, code: 'no-match', reason: 'no passage matches the question' } }
  if (best.coverage < options.abstainBelow) {
    return { answer: null, abstention: { abstained: true, code: 'low-confidence', reason: 'no sentence covers enough of the question' } }
  }
  const passage = corpus.passages[best.passageId]!
  const s = passage.sentences[best.sentence]!
  const sentence = passage.text.slice(s.start, s.end)
  return {
    answer: {
      text: sentence, sentence, documentId: passage.documentId, paragraph: passage.paragraph,
      start: s.start, end: s.end, sentenceStart: s.start, sentenceEnd: s.end,
      confidence: Math.round(best.coverage * 100) / 100, type: 'other',
    },
  }
}
