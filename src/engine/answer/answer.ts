/**
 * @module
 * Answer extraction, first version: the sentence of the top passages that covers most of the
 * question's matched terms. The answers work replaces this with typed span extraction.
 */
import type { Retrieved } from '../search/retrieve'
import { normalizeTerm } from '../text/terms'
import { tokenize } from '../text/tokens'
import type { Corpus } from '../types'
import type { Abstention, Answer } from '../results'

/** How `answerQuestion` decides. */
export interface AnswerOptions {
  /** Below this confidence the engine abstains. */
  abstainBelow: number
}

/**
 * Picks the best sentence among the retrieved passages, or abstains.
 *
 * @example
 * ```ts
 * const { answer } = answerQuestion('How many rounds?', retrieved, corpus, { abstainBelow: 0.3 })
 * ```
 */
export function answerQuestion(
  question: string,
  retrieved: Retrieved[],
  corpus: Corpus,
  options: AnswerOptions,
): { answer: Answer | null; abstention?: Abstention } {
  const queryTerms = new Set(tokenize(question).flatMap((t) => normalizeTerm(t.text) ?? []))
  if (retrieved.length === 0 || queryTerms.size === 0) {
    return { answer: null, abstention: { abstained: true, code: 'no-match', reason: 'no passage matches the question' } }
  }
  let best: { answer: Answer; coverage: number } | undefined
  for (const hit of retrieved) {
    const passage = corpus.passages[hit.id]!
    const matched = new Set(hit.terms)
    for (const s of passage.sentences) {
      const sentence = passage.text.slice(s.start, s.end)
      const terms = new Set(tokenize(sentence).flatMap((t) => normalizeTerm(t.text) ?? []))
      const coverage = [...terms].filter((t) => matched.has(t)).length / queryTerms.size
      if (!best || coverage > best.coverage) {
        best = {
          coverage,
          answer: {
            text: sentence, sentence, documentId: passage.documentId, paragraph: passage.paragraph,
            start: s.start, end: s.end, sentenceStart: s.start, sentenceEnd: s.end,
            confidence: Math.min(1, coverage), type: 'other',
          },
        }
      }
    }
  }
  if (!best || best.answer.confidence < options.abstainBelow) {
    return { answer: null, abstention: { abstained: true, code: 'low-confidence', reason: 'no sentence covers enough of the question' } }
  }
  return { answer: best.answer }
}
