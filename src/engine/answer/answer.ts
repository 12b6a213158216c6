/**
 * @module
 * Answer extraction: among the best-ranked sentences, the best span whose type fits the question;
 * a confidence in [0, 1]; and abstention when the evidence is weak (see `confidence.ts`).
 */
import type { QuestionAnalysis } from '../question/analyze'
import type { Abstention, Answer } from '../results'
import type { RankedSentence } from '../search/rank-sentences'
import type { Corpus } from '../types'
import { sentenceCandidates, type Candidate } from './candidates'
import { abstainFor, confidenceOf } from './confidence'
import { TYPED_ANSWERS } from './type-fit'

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
  /** The question's index terms that no passage of the corpus contains. */
  missing?: readonly string[]
}

/** How many ranked sentences compete for the answer, and how much their rank counts. */
export const SELECTION = { sentences: 6, sentenceWeight: 0.8 } as const

/**
 * Turns the ranked sentences into an answer, or an abstention.
 *
 * @example
 * ```ts
 * const { answer } = extractAnswer({ ranked, corpus, question: analyzeQuestion(q) }, { abstainBelow: 0.35 })
 * ```
 */
export function extractAnswer(input: AnswerInput, options: AnswerOptions): { answer: Answer | null; abstention?: Abstention } {
  const { ranked, corpus, question } = input
  const top = ranked[0]
  if (!top) return abstained('no-match', 'no passage matches the question')
  const missing = abstainFor(question, input.missing ?? [])
  if (missing) return { answer: null, abstention: missing }

  let best: { r: RankedSentence; c: Candidate; total: number } | undefined
  for (const r of ranked.slice(0, SELECTION.sentences)) {
    const c = sentenceCandidates(corpus.passages[r.passageId]!, r.sentence, question)[0]
    if (!c) continue
    const relative = top.score > 0 ? Math.max(0, r.score) / top.score : 0
    const total = SELECTION.sentenceWeight * relative + (1 - SELECTION.sentenceWeight) * c.score
    if (!best || total > best.total) best = { r, c, total }
  }
  if (!best) {
    return abstained('no-candidate', TYPED_ANSWERS.has(question.type)
      ? `no sentence near the question's words names a ${question.type === 'organization' ? 'organisation' : question.type}`
      : 'no sentence answers the question')
  }
  const { r, c } = best
  const confidence = confidenceOf({ coverage: r.coverage, fit: c.fit, candidate: c.score, question })
  if (confidence < options.abstainBelow) {
    return abstained('low-confidence', `the best sentence covers too little of the question (confidence ${confidence.toFixed(2)})`)
  }
  const passage = corpus.passages[r.passageId]!
  const s = passage.sentences[r.sentence]!
  return {
    answer: {
      text: passage.text.slice(c.start, c.end), sentence: passage.text.slice(s.start, s.end),
      documentId: passage.documentId, paragraph: passage.paragraph, start: c.start, end: c.end,
      sentenceStart: s.start, sentenceEnd: s.end, confidence, type: question.type,
      ...(c.span?.normalized ? { normalized: c.span.normalized } : {}),
      ...(c.span ? { spanType: c.span.type } : {}),
    },
  }
}

const abstained = (code: string, reason: string): { answer: null; abstention: Abstention } => ({ answer: null, abstention: { abstained: true, code, reason } })
