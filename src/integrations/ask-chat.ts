/**
 * @module
 * The one way a chat door asks: check the question against the engine's limits, complete a
 * follow-up from earlier turns, ask the engine, format the reply. Every door goes through here.
 */
import { corpusClassifier } from '../engine/conversation/corpus-classifier'
import { resolveFollowUp } from '../engine/conversation/resolve-follow-up'
import { LIMITS, type Engine } from '../engine/engine'
import type { AskResult } from '../engine/results'
import { formatAnswer, type FormattedAnswer } from './format-answer'

/** A chat door's reply: the engine's result and its formatted pieces. */
export interface ChatReply {
  result: AskResult
  formatted: FormattedAnswer
}

/**
 * Why a question cannot be asked (blank or too long), or undefined when it can.
 *
 * @example
 * ```ts
 * questionProblem('   ') // "The question is blank."
 * ```
 */
export function questionProblem(question: string): string | undefined {
  const text = question.trim()
  if (!text) return 'The question is blank.'
  if (text.length > LIMITS.questionLength) return `The question is ${text.length} characters long; the limit is ${LIMITS.questionLength}.`
  return undefined
}

/**
 * Answers the latest of `turns` (the user's turns, oldest first), completing a follow-up from
 * the earlier ones. Call `questionProblem` on the latest turn first.
 *
 * @example
 * ```ts
 * askChat(engine, ['How many shells was Russia using?', 'And Ukraine?']).formatted.answer
 * ```
 */
export function askChat(engine: Engine, turns: readonly string[], options: { doc?: string; k?: number } = {}): ChatReply {
  const resolved = resolveFollowUp(turns, {
    classify: corpusClassifier(engine.corpus),
    answerOf: (question) => engine.ask({ question, ...options }).answer?.text,
  })
  // A follow-up completed past the limit falls back to the latest turn as asked.
  const question = resolved.length <= LIMITS.questionLength ? resolved : (turns.at(-1) ?? '').trim()
  const result = engine.ask({ question, ...options })
  return { result, formatted: formatAnswer(result, engine.corpus) }
}
