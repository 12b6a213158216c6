/**
 * @module
 * The confidence model's training rows: for every question of an eval set, the evidence the
 * engine gathers for its best answer (exactly as `ask` does, but before the threshold), the
 * answer's F1 against the gold answers, and whether a rule abstained (missing terms, no candidate,
 * a contradicting sentence) whatever the confidence.
 */
import type { AnswerInput } from '../../src/engine/answer/answer'
import { selectAnswer } from '../../src/engine/answer/selection'
import { abstainFor, evidenceOf, type Evidence } from '../../src/engine/answer/confidence'
import { contradiction } from '../../src/engine/answer/contradiction'
import { unmentionedName } from '../../src/engine/answer/unmentioned'
import type { BuiltCorpus } from '../../src/engine/types'
import { rankerFor } from './rank-like-ask'
import { spanScores, type EvalQuestion } from './metrics'

const previousOf = (corpus: BuiltCorpus['corpus'], id: number) => {
  const before = corpus.passages[id - 1]
  return before?.documentId === corpus.passages[id]!.documentId ? before : undefined
}

/** One question's row. */
export interface EvidenceRow {
  /** The set and document it came from (for fitting on one and testing on another). */
  group: string
  answerable: boolean
  /** Abstained by a rule (missing terms, no candidate): no evidence, always an abstention. */
  ruled: boolean
  evidence?: Evidence
  /** Token F1 of the best answer against the gold answers (0 for an unanswerable question). */
  f1: number
}

/**
 * Collects the rows of a built set.
 *
 * @example
 * ```ts
 * evidenceRows('squad', buildCorpus(set.files), set.questions).filter((r) => !r.ruled).length
 * ```
 */
export function evidenceRows(name: string, built: BuiltCorpus, questions: readonly EvalQuestion[]): EvidenceRow[] {
  const { corpus } = built
  const rank = rankerFor(built)
  return questions.map((q) => {
    const group = `${name}:${q.doc}`
    const answerable = q.answers.length > 0
    const { query, question, ranked } = rank(q)
    const input: AnswerInput = { ranked, corpus, question, query }
    const selection = abstainFor(question, query.missing) || ranked.length === 0 ? undefined : selectAnswer(input)
    if (!selection) return { group, answerable, ruled: true, f1: 0 }
    const { candidate: c, ranked: r } = selection
    const passage = corpus.passages[r.passageId]!
    const s = passage.sentences[r.sentence]!
    if (contradiction(question.text, passage.text.slice(s.start, s.end)) || unmentionedName(question, query, passage, previousOf(corpus, r.passageId))) return { group, answerable, ruled: true, f1: 0 }
    const text = passage.text.slice(c.start, c.end)
    return { group, answerable, ruled: false, evidence: evidenceOf(input, selection), f1: answerable ? spanScores(text, q.answers).f1 : 0 }
  })
}
