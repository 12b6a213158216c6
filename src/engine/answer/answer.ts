/**
 * @module
 * Answer extraction: among the best-ranked sentences, the best span whose type fits the question;
 * a confidence in [0, 1]; and abstention when the evidence is weak (see `confidence.ts`).
 */
import type { QuestionAnalysis } from '../question/analyze'
import type { Abstention, Answer } from '../results'
import type { AnalyzedQuery } from '../search/query'
import type { RankedSentence } from '../search/rank-sentences'
import type { Corpus } from '../types'
import { sentenceCandidates, type Candidate } from './candidates'
import { abstainFor, confidenceOf, evidenceOf } from './confidence'
import { contradiction } from './contradiction'
import { passageTerms, unmentionedName } from './unmentioned'
import { substitution } from './substitutions'
import { repeatsQuestion } from './repeats'
import { inversion } from './inversion'
import { TYPED_ANSWERS } from './type-fit'
import { asksForKind } from './kinds'

/** How `extractAnswer` decides. */
export interface AnswerOptions {
  /** Below this confidence the engine abstains. */
  abstainBelow: number
}

/** What extraction reads. */
export interface AnswerInput {
  ranked: readonly RankedSentence[]
  corpus: Corpus
  question: QuestionAnalysis
  /** The analysed query the sentences were ranked with (terms, IDF weights, terms no passage has). */
  query: AnalyzedQuery
}

/** The chosen sentence and span. */
export interface Selection {
  ranked: RankedSentence
  candidate: Candidate
  /** The next candidate's score in the same sentence (0 when alone): a clear winner is likelier right. */
  runnerUp: number
}

/**
 * How many ranked sentences compete for the answer, and how much their rank counts against the
 * span's score. Measured on the SQuAD dev articles: 3, 4, 6 or 10 sentences score the same
 * (3 abstains on one more unanswerable question) and 3 halves the candidate work per request.
 * `offKind` is taken from a sentence whose best span only stands in for a typed question's kind
 * (fit below 1): measured, 0.3 gains a news question and changes no SQuAD or seed answer; 1 (never
 * choose it) answers one fewer unanswerable SQuAD question with abstention.
 */
export const SELECTION = { sentences: 3, sentenceWeight: 0.9, offKind: 0.3 } as const

/**
 * The best sentence and span: the sentence ranker's score and the candidate's score, weighted.
 *
 * @example
 * ```ts
 * selectAnswer({ ranked, corpus, question, query })?.candidate.span?.type // "number"
 * ```
 */
export function selectAnswer({ ranked, corpus, question }: AnswerInput): Selection | undefined {
  const top = ranked[0]
  let best: (Selection & { total: number }) | undefined
  for (const r of ranked.slice(0, SELECTION.sentences)) {
    const candidates = sentenceCandidates(corpus.passages[r.passageId]!, r.sentence, question)
    const c = candidates[0]
    if (!c) continue
    // The runner-up is another answer, not a part of this one ("1191" inside "1 May 1191").
    const next = candidates.find((x) => x.end <= c.start || x.start >= c.end)
    const relative = top && top.score > 0 ? Math.max(0, r.score) / top.score : 0
    // A typed question's answer is a span of the expected kind: a sentence that offers only a
    // stand-in ("Tuesday" for "at what time") yields to one that has it.
    const offKind = (TYPED_ANSWERS.has(question.type) || asksForKind(question)) && c.fit < 1 ? SELECTION.offKind : 0
    const total = SELECTION.sentenceWeight * relative + (1 - SELECTION.sentenceWeight) * c.score - offKind
    if (!best || total > best.total) best = { ranked: r, candidate: c, runnerUp: next?.score ?? 0, total }
  }
  return best
}

/**
 * Turns the ranked sentences into an answer, or an abstention.
 *
 * @example
 * ```ts
 * const { answer } = extractAnswer({ ranked, corpus, question: analyzeQuestion(q), query }, { abstainBelow: 0.35 })
 * ```
 */
export function extractAnswer(input: AnswerInput, options: AnswerOptions): { answer: Answer | null; abstention?: Abstention } {
  const { corpus, question } = input
  const missing = abstainFor(question, input.query.missing)
  if (missing) return { answer: null, abstention: missing }
  if (input.ranked.length === 0) return abstained('no-match', 'no passage matches the question')
  const selection = selectAnswer(input)
  if (!selection) {
    return abstained('no-candidate', TYPED_ANSWERS.has(question.type)
      ? `no sentence near the question's words names a ${question.type === 'organization' ? 'organisation' : question.type}`
      : 'no sentence answers the question')
  }
  const { ranked: r, candidate: c } = selection
  const passage = corpus.passages[r.passageId]!
  const s = passage.sentences[r.sentence]!
  const sentence = passage.text.slice(s.start, s.end)
  const contradicted = contradiction(question.text, sentence) ?? substitution(question, input.query, passage, r.sentence, passageTerms(passage))
  if (contradicted) return abstained(contradicted.code, contradicted.reason)
  const before = corpus.passages[r.passageId - 1]
  const unmentioned = unmentionedName(question, input.query, passage, before?.documentId === passage.documentId ? before : undefined)
  if (unmentioned) return abstained('name-not-in-passage', `the closest passage never mentions '${unmentioned}'`)
  const text = passage.text.slice(c.start, c.end)
  if (repeatsQuestion(question, text)) return abstained('answer-in-question', `the best answer '${text}' is a name the question gives`)
  const swapped = inversion(question, passage, r.sentence, c.start, c.end)
  if (swapped) return abstained(swapped.code, swapped.reason)
  const confidence = confidenceOf(evidenceOf(input, selection))
  if (confidence < options.abstainBelow) {
    return abstained('low-confidence', `the best answer's confidence ${confidence.toFixed(2)} is below ${options.abstainBelow}`)
  }
  return {
    answer: {
      text, sentence,
      documentId: passage.documentId, paragraph: passage.paragraph, start: c.start, end: c.end,
      sentenceStart: s.start, sentenceEnd: s.end, confidence, type: question.type,
      ...(c.span?.normalized ? { normalized: c.span.normalized } : {}),
      ...(c.span ? { spanType: c.span.type } : {}),
    },
  }
}

const abstained = (code: string, reason: string): { answer: null; abstention: Abstention } => ({ answer: null, abstention: { abstained: true, code, reason } })
