/**
 * @module
 * Whose age a sentence gives, against the person a question asks about: "How old is Kofi Mensah?"
 * is answered by "Mensah, 23," and not by "the 19-year-old midfielder Tom Reilly" in the same
 * article (`entities/ages.ts` reads the name beside an age).
 */
import { ageOwner } from '../entities/ages'
import { questionNames, type QuestionAnalysis } from '../question/analyze'
import { writesName } from './support'
import type { Span } from '../types'

/**
 * 1 when the age span belongs to a name of the question, -1 when to another name, 0 when the text
 * names no owner beside it or the question names no one.
 *
 * @example
 * ```ts
 * // text: "bringing on the 19-year-old midfielder Tom Reilly"
 * ageOfAsked(analyzeQuestion('How old is Kofi Mensah?'), text, ageSpan) // -1
 * ```
 */
export function ageOfAsked(question: QuestionAnalysis, text: string, span: Span): 1 | -1 | 0 {
  const names = questionNames(question)
  const owner = names.size > 0 ? ageOwner(text, span) : undefined
  if (!owner) return 0
  return writesName(owner, names) ? 1 : -1
}
