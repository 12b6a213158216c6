/**
 * @module
 * An answer that only repeats a name the question gives: "Who did King Charles III swear fealty
 * to?" is not answered by "Charles III". A question names what it asks about, not its answer, so
 * such an answer is a sentence read the wrong way round (often a swapped role, SQuAD 2.0's "entity
 * swap"). Alternative questions ("Was it X or Y?") name their answer on purpose and are left out.
 * Measured in README, Answers.
 */
import { questionNames, type QuestionAnalysis } from '../question/analyze'
import { normalizeTerm } from '../text/terms'
import { tokenize } from '../text/tokens'

/**
 * Whether every word of `answer` is a name the question already gives.
 *
 * @example
 * ```ts
 * repeatsQuestion(analyzeQuestion('Who did King Charles III swear fealty to?'), 'Charles III') // true
 * repeatsQuestion(analyzeQuestion('Who did King Charles III swear fealty to?'), 'Rollo') // false
 * ```
 */
export function repeatsQuestion(question: QuestionAnalysis, answer: string): boolean {
  if (/\bor\b/i.test(question.text)) return false
  const names = questionNames(question)
  let named = 0
  for (const token of tokenize(answer)) {
    const term = normalizeTerm(token.text)
    if (term === null) continue
    // Roman numerals ("III") are not names in `questionNames` but go with the name before them.
    if (/^[IVXLC]+$/.test(token.text)) continue
    if (!/^\p{Lu}/u.test(token.text) || !names.has(term)) return false
    named++
  }
  return named > 0
}
