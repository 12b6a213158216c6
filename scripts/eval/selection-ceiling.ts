/**
 * @module
 * `--oracle`, second table: choice between sentences isolated from span choice. Over the answerable
 * questions, the ranker's top sentences that compete for the answer (`SELECTION.sentences`): how
 * often one of them holds a gold answer, how often the engine's choice (`selectAnswer`) is such a
 * sentence, and the span F1 of the engine's choice beside that of the best choice among those
 * sentences' own top spans (the ceiling of choosing between sentences, span choice as it is).
 */
import { idf } from '../../src/engine/search/stats'
import { sentenceCandidates } from '../../src/engine/answer/candidates'
import { SELECTION, selectAnswer } from '../../src/engine/answer/selection'
import type { BuiltCorpus } from '../../src/engine/types'
import { containsAnswer, spanScores, type EvalQuestion } from './metrics'
import { rankerFor } from './rank-like-ask'

/** The sentence-choice figures, each a mean over the answerable questions. */
export interface SelectionCeiling {
  questions: number
  /** A competing sentence holds a gold answer. */
  goldAmong: number
  /** The engine's chosen sentence holds a gold answer. */
  goldChosen: number
  /** Span F1 of the engine's choice. */
  chosenF1: number
  /** Span F1 of the best competing sentence's top span. */
  bestF1: number
}

/**
 * Measures choice between the ranker's top sentences on every answerable question.
 *
 * @example
 * ```ts
 * selectionCeiling(built, questions) // { questions: 293, goldAmong: 0.836, goldChosen: 0.7, chosenF1: 0.556, bestF1: 0.658 }
 * ```
 */
export function selectionCeiling(built: BuiltCorpus, questions: readonly EvalQuestion[]): SelectionCeiling {
  const rank = rankerFor(built)
  const { corpus } = built
  const sums = { goldAmong: 0, goldChosen: 0, chosenF1: 0, bestF1: 0 }
  const answerable = questions.filter((q) => q.answers.length > 0)
  for (const q of answerable) {
    const { ranked, question, query } = rank(q)
    const competing = ranked.slice(0, SELECTION.sentences)
    const sentenceText = (r: (typeof ranked)[number]) => {
      const p = corpus.passages[r.passageId]!
      const s = p.sentences[r.sentence]!
      return p.text.slice(s.start, s.end)
    }
    // The gold paragraph's sentences only: another paragraph repeating the answer is not the evidence.
    const holdsGold = (r: (typeof ranked)[number]) => {
      const p = corpus.passages[r.passageId]!
      return p.documentId === q.doc && p.paragraph === q.paragraph && containsAnswer(sentenceText(r), q.answers)
    }
    const topF1 = competing.map((r) => {
      const p = corpus.passages[r.passageId]!
      const c = sentenceCandidates(p, r.sentence, question, (t) => idf(corpus.search, t))[0]
      return c ? spanScores(p.text.slice(c.start, c.end), q.answers).f1 : 0
    })
    const chosen = selectAnswer({ ranked, corpus, question, query })
    if (competing.some(holdsGold)) sums.goldAmong++
    if (chosen && holdsGold(chosen.ranked)) sums.goldChosen++
    if (chosen) sums.chosenF1 += spanScores(corpus.passages[chosen.ranked.passageId]!.text.slice(chosen.candidate.start, chosen.candidate.end), q.answers).f1
    sums.bestF1 += Math.max(0, ...topF1)
  }
  const n = Math.max(1, answerable.length)
  return {
    questions: answerable.length,
    goldAmong: sums.goldAmong / n, goldChosen: sums.goldChosen / n, chosenF1: sums.chosenF1 / n, bestF1: sums.bestF1 / n,
  }
}

/**
 * Prints the sentence-choice table.
 *
 * @example
 * ```ts
 * printSelectionCeiling(built, questions)
 * ```
 */
export function printSelectionCeiling(built: BuiltCorpus, questions: readonly EvalQuestion[]): void {
  const c = selectionCeiling(built, questions)
  const f = (n: number) => n.toFixed(3)
  console.log([
    '',
    `Sentence choice among the ranker's top ${SELECTION.sentences} (${c.questions} answerable questions, abstention off):`,
    `gold sentence among them  ${f(c.goldAmong)}   engine picks one  ${f(c.goldChosen)}`,
    `span F1, engine's pick  ${f(c.chosenF1)}   best pick among them  ${f(c.bestF1)}`,
  ].join('\n'))
}
