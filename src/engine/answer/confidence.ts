/**
 * @module
 * Confidence and abstention. The confidence is a calibrated estimate that the answer is right,
 * from how much of the question the answer's sentence covers (IDF-weighted) and how well the span
 * fits the expected type; measured on the SQuAD dev articles (README, Answers).
 */
import type { QuestionAnalysis } from '../question/analyze'
import type { Abstention } from '../results'

/** The evidence behind an answer. */
export interface Evidence {
  /** IDF-weighted share of the question's terms in the answer's sentence, in [0, 1]. */
  coverage: number
  /** How well the span's kind fits the expected type, in [0, 1]. */
  fit: number
  /** The candidate's score within its sentence, in [0, 1]. */
  candidate: number
  question: QuestionAnalysis
}

/**
 * The answer's confidence in [0, 1], rounded to two decimals.
 *
 * @example
 * ```ts
 * confidenceOf({ coverage: 1, fit: 1, candidate: 1, question }) // 0.95
 * ```
 */
export function confidenceOf({ coverage, fit, candidate }: Evidence): number {
  const raw = Math.max(0, Math.min(1, coverage)) ** 1.5 * (0.5 + 0.5 * fit) * (0.7 + 0.3 * candidate)
  return Math.round(Math.min(0.99, raw) * 100) / 100
}

/**
 * An abstention when the question names something the articles never mention: a name or figure
 * (a capitalised or numeric word), or words carrying most of the question.
 *
 * @example
 * ```ts
 * abstainFor(analyzeQuestion('Who won the 2022 World Cup?'), ['2022', 'world', 'cup'])
 * // { abstained: true, code: 'missing-terms', reason: "no passage mentions '2022 World Cup'" }
 * ```
 */
export function abstainFor(question: QuestionAnalysis, missing: readonly string[]): Abstention | undefined {
  if (missing.length === 0) return undefined
  const absent = new Set(missing)
  const key = question.words.filter((w, i) => absent.has(w.term) && (i > 0 || /^\p{N}/u.test(w.text)) && /^[\p{Lu}\p{N}]/u.test(w.text))
  const share = question.keywords.filter((t) => absent.has(t)).length / Math.max(1, question.keywords.length)
  if (key.length === 0 && share < 0.5) return undefined
  // Consecutive absent words read as one phrase: "2022 World Cup".
  const phrases: string[] = []
  let run: string[] = []
  for (const w of question.words) {
    if (absent.has(w.term)) run.push(w.text)
    else if (run.length) (phrases.push(run.join(' ')), (run = []))
  }
  if (run.length) phrases.push(run.join(' '))
  return { abstained: true, code: 'missing-terms', reason: `no passage mentions ${phrases.map((p) => `'${p}'`).join(' or ')}` }
}
