/**
 * @module
 * What post a named person holds, read from the apposition after the name: "What position did
 * Fenwick-Dale hold?" against "Marguerite Fenwick-Dale, 46, *its former finance director*,". A
 * sentence naming several people with their posts gives each its own; the nearest noun phrase to
 * the question's words may be another person's.
 */
import { questionNames, type QuestionAnalysis } from '../question/analyze'
import type { Named } from './naming'
import { writesName } from './support'

// "What position/role/job… did X hold?", "What was X's job?", "X's occupation".
const ASKS_ROLE = /^\W*(?:what|which)\s+(?:\p{L}+\s+)?(?:position|role|job|post|office|title|occupation|profession)s?\b|['’]s\s+(?:\p{L}+\s+)?(?:position|role|job|post|occupation|profession)\b/iu

// A capitalised name of one or more words (hyphens and stops inside: "Fenwick-Dale", "St. John").
const NAME = /\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/gu
// After the name: a comma, an age in commas maybe, then a lower-case phrase of up to seven words
// that a comma, a full stop or a bracket closes: "…, 46, its former finance director,".
const APPOSITION = /^,\s*(?:\d{1,3},\s*)?(\p{Ll}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,6}?)(?=\s*[,;.)])/u
// Words that open the phrase without saying the post: "its", "the company's".
const OPENING = /^(?:(?:its|his|her|their|the|a|an|our|whose)\s+)?(?:[\p{L}-]+['’]s?\s+)?/u

/**
 * Whether the question asks for a named person's post.
 *
 * @example
 * ```ts
 * asksForRole('What position did Fenwick-Dale hold?') // true
 * ```
 */
export const asksForRole = (question: string): boolean => ASKS_ROLE.test(question)

/**
 * The posts the sentence gives the question's names in apposition, by offsets into the sentence.
 *
 * @example
 * ```ts
 * rolesOf(analyzeQuestion('What position did Fenwick-Dale hold?'), 'a jury convicted Leonard Ashcombe, 58, the chief executive, and Marguerite Fenwick-Dale, 46, its former finance director, of fraud.')
 * // [{ start: …, end: … }] → "former finance director"
 * ```
 */
export function rolesOf(question: QuestionAnalysis, sentence: string): Named[] {
  const names = questionNames(question)
  if (names.size === 0) return []
  const found: Named[] = []
  for (const m of sentence.matchAll(NAME)) {
    if (!writesName(m[0], names)) continue
    const after = m.index + m[0].length
    const a = APPOSITION.exec(sentence.slice(after))
    if (!a) continue
    const phraseStart = after + a[0].length - a[1]!.length
    const skip = OPENING.exec(a[1]!)?.[0].length ?? 0
    if (skip < a[1]!.length) found.push({ start: phraseStart + skip, end: phraseStart + a[1]!.length })
  }
  return found
}
