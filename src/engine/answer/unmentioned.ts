/**
 * @module
 * A name or number the question gives that the answer's passage never mentions: "Who ruled Cyprus
 * in the *11th century*?" answered from a passage about another century is an answer to another
 * question. A name written in several words counts as mentioned when any of its words is ("Parker
 * Rice" by "Rice"); corrections and synonyms count (`support.ts`); so does the passage before, where
 * a name is often written once and then referred to ("his core personality"). Measured in README,
 * Answers.
 */
import type { QuestionAnalysis } from '../question/analyze'
import type { AnalyzedQuery } from '../search/query'
import { sentenceTerms } from '../search/sentence-terms'
import type { Passage } from '../types'
import { mentions, nameRuns } from './support'


// Per passage object (so per corpus), made on first use: the same passages answer many questions.
const TERMS = new WeakMap<Passage, ReadonlySet<string>>()

/**
 * Every index term of a passage's sentences (kept per passage object).
 *
 * @example
 * ```ts
 * passageTerms(passage).has('cyprus') // true
 * ```
 */
export function passageTerms(passage: Passage): ReadonlySet<string> {
  let terms = TERMS.get(passage)
  if (!terms) TERMS.set(passage, (terms = new Set(passage.sentences.flatMap((_, s) => sentenceTerms(passage, s)))))
  return terms
}

// Per passage, the terms of it and the passage before it, made on first use (not per question).
const WITH_PREVIOUS = new WeakMap<Passage, { previous: Passage; terms: ReadonlySet<string> }>()

function termsWithPrevious(passage: Passage, previous: Passage): ReadonlySet<string> {
  const known = WITH_PREVIOUS.get(passage)
  if (known?.previous === previous) return known.terms
  const terms = new Set([...passageTerms(passage), ...passageTerms(previous)])
  WITH_PREVIOUS.set(passage, { previous, terms })
  return terms
}

/**
 * The first name or number of the question (as written) that neither the passage nor `previous`
 * (the passage before it in the same document) mentions, if any; words of `topic` (the document
 * title's terms) count as mentioned.
 *
 * @example
 * ```ts
 * unmentionedName(analyzeQuestion('Who ruled Cyprus in the 11th century?'), query, passage) // "11th"
 * ```
 */
export function unmentionedName(question: QuestionAnalysis, query: AnalyzedQuery, passage: Passage, previous?: Passage, topic?: ReadonlySet<string>): string | undefined {
  const runs = nameRuns(question)
  if (runs.length === 0) return undefined
  const terms = previous ? termsWithPrevious(passage, previous) : passageTerms(passage)
  // The article's own subject ("Aurvik" in "Aurvik Island") is often "the island" in its passages.
  const run = runs.find((words) => words.every((w) => !mentions(query, question, terms, w.term) && !topic?.has(w.term)))
  return run && question.text.slice(run[0]!.start, run.at(-1)!.end)
}
