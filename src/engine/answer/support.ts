/**
 * @module
 * Whether a sentence mentions a word of the question, counting the corrections and synonyms the
 * query added for it ("fireing" is met by "firing", "ammo" by "ammunition").
 */
import type { AnalyzedQuery } from '../search/query'
import { requestMemo } from '../request-memo'
import { normalizeTerm } from '../text/terms'
import { isNameWord, type QuestionAnalysis } from '../question/analyze'

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

/**
 * Whether a name as the text writes it ("Josiah Mercer Whitcombe", "Tom Reilly") holds one of the
 * question's name terms (`questionNames`): whose dates or age a sentence gives.
 *
 * @example
 * ```ts
 * writesName('Kofi Mensah', new Set(['mensah'])) // true
 * ```
 */
export function writesName(written: string, names: ReadonlySet<string>): boolean {
  // The tokenizer splits a hyphenated name ("Fenwick-Dale") into its parts, and so do the question's names.
  return written.split(/[\s\-‐–]+/).some((w) => names.has(normalizeTerm(w) ?? ''))
}

/** A question word as `nameRuns` returns it. */
type Word = QuestionAnalysis['words'][number]

/**
 * The question's names and numbers, consecutive name words (with only spaces between them) taken
 * as one name: "Harbour City", "Kofi Mensah", "2022".
 *
 * @example
 * ```ts
 * nameRuns(analyzeQuestion('Who manages Harbour City?')).map((run) => run.map((w) => w.text)) // [["Harbour", "City"]]
 * ```
 */
export const nameRuns = requestMemo((question: QuestionAnalysis): Word[][] => {
  const words = question.words
  const runs: Word[][] = []
  for (let i = 0; i < words.length; i++) {
    if (!isNameWord(words[i]!, i)) continue
    let j = i
    while (j + 1 < words.length && isNameWord(words[j + 1]!, j + 1) && /^\s+$/.test(question.text.slice(words[j]!.end, words[j + 1]!.start))) j++
    runs.push(words.slice(i, j + 1))
    i = j
  }
  return runs
})
