/**
 * @module
 * An answer whose clause says nothing the question asks about. "When was the Zuider Zee brackish
 * lagoon discovered?" of "…enters the IJsselmeer, formerly the Zuider Zee brackish lagoon;
 * however, since 1932, a freshwater lake" finds "1932" in the clause after ";", which names
 * neither the lagoon nor a discovery: that clause answers another question. Clauses are cut where
 * a sentence joins two of them (";", ", but", ", while", ", and", a dash); a clause of fewer than
 * three content words besides the answer is too short to judge, and one with a pronoun ("it was
 * fully within…") may be about the question's subject. Measured: README, Answers.
 */
import type { QuestionAnalysis } from '../question/analyze'
import type { AnalyzedQuery } from '../search/query'
import type { Passage } from '../types'
import { sentenceTokens, sentenceTokenTerms } from './sentence-tokens'
import { mentions } from './support'

// Where one clause of a sentence ends and the next begins.
const JOINS = /;|,\s+(?:but|while|whereas|although|though|however|and|yet)\b|\s[–—]\s/gu
// Pronouns that may refer back to the question's subject.
const PRONOUN = /^(?:he|she|it|they|him|her|them|his|its|their|hers|theirs)$/i
/** Fewer content words than this, besides the answer, and a clause is not judged. */
const MIN_WORDS = 3

/**
 * The clause holding the answer, when it mentions none of the question's keywords (nor their
 * corrections or synonyms) and has at least three content words of its own; else undefined.
 * Offsets are the passage's.
 *
 * @example
 * ```ts
 * detachedClause(question, query, passage, 2, start, end) // "however, since 1932, a freshwater lake."
 * ```
 */
export function detachedClause(question: QuestionAnalysis, query: AnalyzedQuery, passage: Passage, sentence: number, start: number, end: number): string | undefined {
  const s = passage.sentences[sentence]!
  const text = passage.text.slice(s.start, s.end)
  const a = start - s.start
  const b = end - s.start
  let from = 0
  let to = text.length
  for (const m of text.matchAll(JOINS)) {
    if (m.index + m[0].length <= a) from = m.index + m[0].length
    else if (m.index >= b) to = Math.min(to, m.index)
  }
  // The answer's clause is the whole sentence: nothing to tell apart.
  if (from === 0 && to === text.length) return undefined
  const tokens = sentenceTokens(passage, s)
  const terms = sentenceTokenTerms(passage, s)
  const own = new Set<string>()
  const all = new Set<string>()
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.start < from || t.end > to) continue
    // A pronoun may stand for what the question names ("he was stopped by…"): the clause is not judged.
    if (PRONOUN.test(t.text)) return undefined
    if (!terms[i]) continue
    all.add(terms[i]!)
    if (t.end <= a || t.start >= b) own.add(terms[i]!)
  }
  if (own.size < MIN_WORDS) return undefined
  // The answer's own words count ("cryptographic *systems*" for "what system"), and so does the focus.
  if (question.keywords.some((k) => mentions(query, question, all, k))) return undefined
  return text.slice(from, to).trim()
}
