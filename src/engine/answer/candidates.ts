/**
 * @module
 * Answer candidates inside one sentence: its typed spans (found at build time) that fit the
 * question's type, less the words the question already says, scored by fit, by closeness to the
 * question's words in the sentence and by the focus ("how many *rounds*" wants the count of rounds).
 */
import type { QuestionAnalysis } from '../question/analyze'
import { normalizeTerm } from '../text/terms'
import { tokenize, type Token } from '../text/tokens'
import type { Passage, Span } from '../types'
import { clauseAnswer, isClauseType } from './clauses'
import { lookups } from './lookups'
import { alternatives, spanParts } from './parts'
import { typeFit } from './type-fit'

/** A possible answer: passage offsets, the span it came from, and its score in [0, 1]. */
export interface Candidate {
  start: number
  end: number
  span?: Span
  fit: number
  score: number
}

interface Word extends Token { term: string | null }

/** Scoring weights, measured on the SQuAD dev articles (README, Answers). */
export const CANDIDATE_WEIGHTS = {
  /** Token distance at which closeness halves. */
  halfDistance: 4,
  /** Bonus when a count's label names the focus ("rounds"), or the focus stands next to the span. */
  focus: 0.35,
  /** Fit of a reason/manner/definition clause, and of the whole sentence when nothing better exists. */
  clause: 0.8,
  sentence: 0.25,
  /** Bonus when a noun phrase contains the focus ("non-deterministic Turing machine" for "what type of Turing machine"). */
  focusInside: 0.4,
  /** Added to (or, negative, taken from) a part of a span ("computability theory" in "analysis of algorithms and computability theory"). */
  part: 0.1,
} as const

// Types whose span text is kept whole: "up to 6,000 rounds" answers "how many rounds" with its noun.
const WHOLE: ReadonlySet<string> = new Set(['number', 'money', 'percent', 'duration', 'date', 'quote'])

/**
 * Scores the candidates of sentence `index` of a passage, best first.
 *
 * @example
 * ```ts
 * sentenceCandidates(passage, 3, analyzeQuestion('How many rounds was Ukraine firing daily?'))[0]
 * // { start, end, span: { type: 'number', … }, fit: 1, score: … } → "up to 6,000 rounds"
 * ```
 */
export function sentenceCandidates(passage: Passage, index: number, question: QuestionAnalysis): Candidate[] {
  const s = passage.sentences[index]!
  const words: Word[] = tokenize(passage.text.slice(s.start, s.end)).map((t) => ({
    text: t.text, start: t.start + s.start, end: t.end + s.start, term: normalizeTerm(t.text),
  }))
  const asked = new Set(question.keywords)
  const hits = words.flatMap((w, i) => (w.term !== null && asked.has(w.term) ? [i] : []))
  const closeness = (first: number, last: number) => {
    if (hits.length === 0) return 0.3
    const d = Math.min(...hits.map((h) => (h < first ? first - h : h > last ? h - last : 0)))
    return 1 / (1 + d / CANDIDATE_WEIGHTS.halfDistance)
  }
  const candidates: Candidate[] = []
  const consider = (span: Span, start0: number, end0: number, bonus: number) => {
    const fit = typeFit(question.type, span)
    if (fit === 0) return
    let inside = words.filter((w) => w.start >= start0 && w.end <= end0)
    if (!WHOLE.has(span.type)) {
      // Drop function words from the edges. The question's own words stay: measured, answers often
      // repeat some of them ("non-deterministic Turing machine" for "what type of Turing machine").
      while (inside.length > 0 && inside[0]!.term === null) inside = inside.slice(1)
      while (inside.length > 0 && inside.at(-1)!.term === null) inside = inside.slice(0, -1)
    }
    const content = inside.filter((w) => w.term !== null)
    if (content.length === 0 || content.every((w) => asked.has(w.term!))) return
    const first = words.indexOf(inside[0]!)
    const last = words.indexOf(inside.at(-1)!)
    const start = WHOLE.has(span.type) ? start0 : inside[0]!.start
    const end = WHOLE.has(span.type) ? end0 : inside.at(-1)!.end
    let score = fit * (0.5 + 0.5 * closeness(first, last)) + bonus
    if (question.type === 'other' && question.focusTerm && content.some((w) => w.term === question.focusTerm)) score += CANDIDATE_WEIGHTS.focusInside
    if (question.focusTerm && focused(span, words, first, last, question.focusTerm)) score += CANDIDATE_WEIGHTS.focus
    candidates.push({ start, end, span, fit, score: Math.min(1, score) })
  }
  for (const span of passage.spans) {
    if (span.start < s.start || span.end > s.end) continue
    consider(span, span.start, span.end, 0)
    // A full date's year answers "what year"; otherwise the date stays whole ("by 2024" for "by when").
    if (span.type === 'date' && question.focusTerm !== 'year') continue
    for (const part of spanParts(passage.text, span)) consider(span, part.start, part.end, CANDIDATE_WEIGHTS.part)
  }
  for (const found of lookups(passage, s, question)) candidates.push({ ...found, fit: 1, score: 1 })
  // "Abstract or concrete?": the alternative the sentence states.
  for (const option of alternatives(question.text)) {
    const w = words.find((x) => x.text.toLowerCase() === option)
    if (w) candidates.push({ start: w.start, end: w.end, fit: 1, score: 1 })
  }
  if (isClauseType(question.type)) {
    const clause = clauseAnswer(question.type, passage.text.slice(s.start, s.end))
    if (clause) candidates.push({ start: s.start + clause.start, end: s.start + clause.end, fit: CANDIDATE_WEIGHTS.clause, score: CANDIDATE_WEIGHTS.clause })
  }
  if (candidates.length === 0 && !isTyped(question.type)) {
    candidates.push({ start: s.start, end: s.end, fit: CANDIDATE_WEIGHTS.sentence, score: CANDIDATE_WEIGHTS.sentence })
  }
  return candidates.sort((a, b) => b.score - a.score || (a.end - a.start) - (b.end - b.start))
}

const isTyped = (type: string) => ['person', 'organization', 'place', 'date', 'number', 'money', 'percent', 'duration'].includes(type)

/** Whether the focus is what a count counts, or stands right next to the span. */
function focused(span: Span, words: Word[], first: number, last: number, focus: string): boolean {
  if (span.label && tokenize(span.label).some((t) => normalizeTerm(t.text) === focus)) return true
  return [words[first - 1], words[last + 1], words[last + 2]].some((w) => w?.term === focus)
}
