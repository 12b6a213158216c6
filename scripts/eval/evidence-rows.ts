/**
 * @module
 * The confidence model's training rows: for every question of an eval set, the evidence the
 * engine gathers for its best answer (exactly as `ask` does, but before the threshold), the
 * answer's F1 against the gold answers, and whether a rule abstained (any of `extractAnswer`'s rules:
 * missing terms, no candidate, a contradicting or changed sentence…) whatever the confidence.
 */
import { selectAnswer } from '../../src/engine/answer/selection'
import { extractAnswer, type AnswerInput } from '../../src/engine/answer/answer'
import { evidenceOf, type Evidence } from '../../src/engine/answer/confidence'
import type { BuiltCorpus } from '../../src/engine/types'
import { rankerFor } from './rank-like-ask'
import { spanScores, type EvalQuestion } from './metrics'

/** One question's row. */
export interface EvidenceRow {
  /** The set and document it came from (for fitting on one and testing on another). */
  group: string
  answerable: boolean
  /** Abstained by a rule: no evidence, always an abstention. */
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
    // Ruled: no selection, or a rule abstains whatever the confidence (as `extractAnswer` at threshold 0).
    const { answer } = extractAnswer(input, { abstainBelow: 0 })
    const selection = answer ? selectAnswer(input) : undefined
    if (!answer || !selection) return { group, answerable, ruled: true, f1: 0 }
    const text = answer.text
    return { group, answerable, ruled: false, evidence: evidenceOf(input, selection), f1: answerable ? spanScores(text, q.answers).f1 : 0 }
  })
}
