/**
 * @module
 * Whether a sentence mentions a word of the question, counting the corrections and synonyms the
 * query added for it ("fireing" is met by "firing", "ammo" by "ammunition").
 */
import type { AnalyzedQuery } from '../search/query'
import type { QuestionAnalysis } from '../question/analyze'

/**
 * Whether a question keyword, or a correction or synonym the query added for it, is in `terms`.
 *
 * @example
 * ```ts
 * mentions(query, question, new Set(['ukrain']), 'ukrain') // true
 * ```
 */
export function mentions(query: AnalyzedQuery, question: QuestionAnalysis, terms: ReadonlySet<string>, term: string): boolean {
  if (terms.has(term)) return true
  // Group g of the query is the question's g-th keyword with its corrections and synonyms.
  const g = question.keywords.indexOf(term)
  return g >= 0 && query.terms.some((t) => t.groups.includes(g) && terms.has(t.term))
}
