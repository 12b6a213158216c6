/**
 * @module
 * Which named thing a candidate belongs to. A sentence may hold several answers of the right type
 * for different subjects ("Ukraine's military was firing up to 6,000 rounds daily, … a fraction of
 * the 60,000 shells that Russia was using"): the candidate whose clause names the question's
 * subject is bound to it; one whose clause names only another entity belongs to that entity.
 */
import { questionNames, type QuestionAnalysis } from '../question/analyze'
import type { Passage, Sentence, Span } from '../types'
import { spansIn } from './sentence-spans'
import type { AnalyzedQuery } from '../search/query'
import { mentions } from './support'

/** A content word of the sentence: its index term and passage offsets. */
export interface BindingWord {
  term: string
  start: number
  end: number
}

// Clause boundaries: punctuation only. "the 60,000 shells that Russia was using" must stay one clause.
const BOUNDARY = /[,;:()\u2013\u2014]|\s-\s/gu

/**
 * Where the last clause of `text` starts: after its last clause boundary (the punctuation
 * `bindingOf` reads clauses by), or 0.
 *
 * @example
 * ```ts
 * lastClauseStart('lighter than its predecessor, the Aero 13') // 29
 * ```
 */
export function lastClauseStart(text: string): number {
  let start = 0
  for (const m of text.matchAll(BOUNDARY)) start = m.index + m[0].length
  return start
}
const NAMED: ReadonlySet<string> = new Set(['person', 'organization', 'place'])

/**
 * A function giving, for a candidate's offsets, 1 when its clause names a name of the question
 * (a capitalised word after the first), -1 when its clause names only another entity, else 0.
 * Always 0 for a question that names nothing. A candidate alone in its clause (an appositive:
 * "Ursula von der Leyen, the President of …") reads the neighbouring clauses too.
 *
 * @example
 * ```ts
 * const bind = bindingOf(passage, sentence, words, analyzeQuestion('How many shells was Ukraine using?'))
 * bind(start, end) // 1 for "up to 6,000 rounds", -1 for "60,000 shells" (Russia's)
 * ```
 */
export function bindingOf(passage: Passage, s: Sentence, words: readonly BindingWord[], question: QuestionAnalysis, query?: AnalyzedQuery): (start: number, end: number) => number {
  const names = questionNames(question)
  if (names.size === 0) return () => 0
  const asked = new Set(question.keywords)
  // Computed on the first call: most sentences never hold a figure to bind.
  let cuts: number[] | undefined
  let entities: readonly Span[] = []
  const wordsIn = (from: number, to: number, start: number, end: number) => words.filter((w) => w.start >= from && w.end <= to && (w.end <= start || w.start >= end))
  return function bind(start, end) {
    if (!cuts) {
      cuts = [s.start]
      for (const m of passage.text.slice(s.start, s.end).matchAll(BOUNDARY)) cuts.push(s.start + m.index)
      cuts.push(s.end)
      entities = spansIn(passage, s).filter((x) => NAMED.has(x.type) || x.proper)
    }
    let k = 0
    while (k + 1 < cuts.length - 1 && cuts[k + 1]! <= start) k++
    let from = cuts[k]!
    let to = cuts.find((c) => c >= end) ?? s.end
    if (wordsIn(from, to, start, end).length === 0) {
      from = cuts[Math.max(0, k - 1)]!
      to = cuts.find((c) => c > to) ?? s.end
    }
    const around = wordsIn(from, to, start, end)
    if (around.some((w) => names.has(w.term))) return 1
    // "in the US" names the question's "United States": the query's synonyms of its names count (`support.ts`).
    if (query) {
      const terms = new Set(around.map((w) => w.term))
      for (const n of names) if (mentions(query, question, terms, n)) return 1
    }
    const other = (x: Span) => (x.end <= start || x.start >= end) && x.start >= from && x.end <= to &&
      !around.some((w) => w.start >= x.start && w.end <= x.end && asked.has(w.term))
    return entities.some(other) ? -1 : 0
  }
}

