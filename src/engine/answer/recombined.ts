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
 * next to each other, in the same order or another: the span names what the question describes.
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
    // In the same order, or turned around "of": "the crown of the boiler's firebox" is the question's "boiler's firebox crown".
    const window = asked.slice(i, i + terms.length)
    if (terms.every((t, k) => asked[i + k] === t) || (adjacent(question, i, terms.length) && terms.every((t) => window.includes(t)) && window.every((t) => terms.includes(t)))) return false
  }
  return true
}

/** Whether the question's words `from`…`from + count - 1` stand next to each other in its text (a compound: "boiler's firebox crown"). */
function adjacent(question: QuestionAnalysis, from: number, count: number): boolean {
  for (let k = from + 1; k < from + count; k++) {
    if (!/^\s+$/.test(question.text.slice(question.words[k - 1]!.end, question.words[k]!.start))) return false
  }
  return true
}
