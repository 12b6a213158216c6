/**
 * @module
 * Date ranges as answers. "When were the wars fought?" is answered by the whole range ("from 1562
 * to 1598"), of which either end alone says half; "When did the wars begin?" by its first date.
 */
import type { QuestionAnalysis } from '../question/analyze'
import type { Span } from '../types'
import { requestMemo } from '../request-memo'

/** How much a range, or one end of it, gains or loses: enough to break the tie their closeness makes. */
export const RANGE_WEIGHT = 0.05

// Words that ask when something started or stopped, not how long it went on.
const END_WORDS = /\b(?:begin|began|begun|beginning|start\w*|first|found|founded|founding|establish\w*|open|opened|end|ends|ended|ending|finish\w*|conclude\w*|since|until|till|die|died|born)\b/i

// Read once per question, not per date candidate.
const ASKS_AN_END = requestMemo((question: QuestionAnalysis) => END_WORDS.test(question.text))

/**
 * What a date span gains for the question: a range gains, and each end loses, unless the question
 * asks when something began or ended, when the range loses instead.
 *
 * @example
 * ```ts
 * rangeWeight(analyzeQuestion('When were the wars fought?'), range, spans) // 0.05
 * rangeWeight(analyzeQuestion('When did the wars begin?'), range, spans) // -0.05
 * ```
 */
export function rangeWeight(question: QuestionAnalysis, span: Span, inSentence: readonly Span[]): number {
  const end = ASKS_AN_END(question)
  if (span.range) return end ? -RANGE_WEIGHT : RANGE_WEIGHT
  if (end || !inSentence.some((r) => r.range && r.start <= span.start && r.end >= span.end)) return 0
  return -RANGE_WEIGHT
}
