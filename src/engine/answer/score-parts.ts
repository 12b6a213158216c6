/**
 * @module
 * The figures inside a score ("beat Rovers *3*-*2*", "voted *7*-*2*"). Each counts goals, points or
 * votes, so it answers "How many goals did City score?" but not "How many shots on target…?" nor
 * "How much did City pay for Mensah?": read alone, a score's half looks like any bare count.
 */
import type { QuestionAnalysis } from '../question/analyze'
import { SCORE_LABEL } from '../entities/figures'
import { normalizeTerm } from '../text/terms'
import type { Span } from '../types'

// What a score counts, as index terms ("tries" → "tri").
const SCORE_UNITS: ReadonlySet<string> = new Set(
  ['goals', 'points', 'runs', 'votes', 'wickets', 'sets', 'games', 'tries', 'baskets', 'seats', 'touchdowns', 'frames', 'legs'].map((w) => normalizeTerm(w) ?? w),
)

/**
 * Whether a focus term names what a score counts ("goals", "points"): a score states such a count
 * without the word.
 *
 * @example
 * ```ts
 * scoreCounts('goal') // true
 * ```
 */
export const scoreCounts = (term: string): boolean => SCORE_UNITS.has(term)

/**
 * Whether `span` is a score, or one half of a score in `inSentence` (the sentence's spans), read
 * as an answer it is not: a whole score counts nothing ("How many goals…?" wants "3", not "3-2"),
 * and a half counts only what scores count, never a sum of money.
 *
 * @example
 * ```ts
 * // "beat Rovers 3-2": spans "3-2" (score), "3", "2"
 * misreadScore(analyzeQuestion('How many shots did City have?'), three, spans) // true
 * misreadScore(analyzeQuestion('How many goals did City score?'), three, spans) // false
 * misreadScore(analyzeQuestion('How many goals did City score?'), threeTwo, spans) // true
 * ```
 */
export function misreadScore(question: QuestionAnalysis, span: Span, inSentence: readonly Span[]): boolean {
  if (span.type !== 'number') return false
  const focus = question.focusTerm
  // "What was the score?" is read by `kindFit`; "What was the result?" may take a score.
  if (span.label === SCORE_LABEL) return question.type === 'money' || (question.type === 'number' && !!focus && focus !== 'score' && focus !== 'scorelin')
  const tally = inSentence.find((x) => x.label === SCORE_LABEL && x.start <= span.start && x.end >= span.end)
  // "How many councillors voted against?" counts votes, and the side asked: the second half of "41 votes to 23".
  const side = question.type === 'number' ? VOTE_SIDE.exec(question.text) : null
  if (tally && side) return (side[1] !== undefined || side[2] !== undefined) !== span.start > tally.start
  if (question.type === 'number' && (!focus || SCORE_UNITS.has(focus))) return false
  return tally !== undefined
}

// A question about one side of a vote: group 1 or 2 is set for the side against.
const VOTE_SIDE = /\bvot(?:ed|es?|ing)\b.*?\b(?:(against|opposed)|for|in favou?r)\b|\b(?:(opposed|rejected)|supported|backed)\b/i
