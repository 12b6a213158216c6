/**
 * @module
 * A question that asks for a number of things ("What are the *three* integer responses…") is
 * not answered by a list of another length ("the traveling salesman problem and the integer
 * factorization problem"): SQuAD 2.0's writers made unanswerable questions by changing the count
 * of an answerable one. Only a list is read: a single item may be one member of the right list.
 * Measured in README, Answers.
 */
import type { QuestionAnalysis } from '../question/analyze'
import { countOf } from './substitutions'

// The count of what the question asks for: "What are the (other) three…", "Which two…", "Name four…".
const ASKED = /\b(?:what|which|name|list)\s+(?:(?:are|were)\s+)?(?:the\s+)?(?:other\s+)?(\w+)\b/iu
// What separates the members of a list: a comma (", and"), "and", "or", "as well as".
const SEPARATOR = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as)\s+/u

/** Why a list answers another question. */
export interface CountMismatch {
  code: 'count-differs'
  reason: string
}

/**
 * Whether `answer` is a list whose length differs from the count the question asks for.
 *
 * @example
 * ```ts
 * listCountDiffers(analyzeQuestion('What are the three integer responses?'), 'yes and no')?.code // "count-differs"
 * listCountDiffers(analyzeQuestion('What are the two integer responses?'), 'yes and no') // undefined
 * ```
 */
export function listCountDiffers(question: QuestionAnalysis, answer: string): CountMismatch | undefined {
  const word = ASKED.exec(question.text)?.[1]
  const asked = word === undefined ? undefined : countOf(word.toLowerCase())
  if (asked === undefined || asked < 2) return undefined
  const items = answer.split(SEPARATOR).filter((item) => item.length > 0).length
  if (items < 2 || items === asked) return undefined
  return { code: 'count-differs', reason: `the question asks for ${word}; the best answer lists ${items}: '${answer}'` }
}
