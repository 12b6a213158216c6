/**
 * @module
 * Candidates made only of the question's words are dropped (a span that repeats the question
 * answers nothing), except when the span puts them together in a way the question does not: a
 * term the question describes by its parts ("the graph isomorphism problem" for "the problem
 * … if two finite graphs are isomorphic", "randomized algorithms" for "algorithms that utilize
 * random bits").
 */
import type { QuestionAnalysis } from '../question/analyze'

/**
 * Whether a span's content terms (two or more, all the question's) do not stand in the question
 * next to each other in the same order: the span names what the question describes.
 *
 * @example
 * ```ts
 * recombines(['graph', 'isomorph', 'problem'], analyzeQuestion('What is the problem of deciding if two graphs are isomorphic?')) // true
 * recombines(['function', 'problem'], analyzeQuestion('How can function problems be restated?')) // false
 * ```
 */
export function recombines(terms: readonly string[], question: QuestionAnalysis): boolean {
  if (terms.length < 2) return false
  const asked = question.words.map((w) => w.term)
  for (let i = 0; i + terms.length <= asked.length; i++) {
    if (terms.every((t, k) => asked[i + k] === t)) return false
  }
  return true
}
