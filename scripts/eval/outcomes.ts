/**
 * @module
 * Asks an eval set's questions of the engine that serves /ask and records what the metrics need.
 */
import { ANSWER_DEPTH } from '../../src/engine/ask'
import type { Engine } from '../../src/engine/engine'
import type { BuiltCorpus, Corpus } from '../../src/engine/types'
import { rankerFor } from './rank-like-ask'
import type { EvalOutcome, EvalQuestion } from './metrics'

/** How many passages the ranking figures (MRR@5) look at. */
export const RANK_DEPTH = 5

/**
 * 1-based rank of the gold paragraph among hits of the question's document; 0 when absent.
 *
 * @example
 * ```ts
 * goldRank({ ...question, paragraph: 4 }, [{ documentId: question.doc, paragraph: 4 }]) // 1
 * ```
 */
export function goldRank(question: EvalQuestion, hits: readonly { documentId: string; paragraph: number }[]): number {
  if (question.paragraph === null) return 0
  return hits.findIndex((h) => h.documentId === question.doc && h.paragraph === question.paragraph) + 1
}

/**
 * The engine's outcome for every question: `ask` exactly as /ask calls it (default k), and
 * `search` with k = 5 for the ranking figures.
 *
 * @example
 * ```ts
 * engineOutcomes(createEngine(built), questions)[0]?.text
 * ```
 */
export function engineOutcomes(engine: Engine, questions: readonly EvalQuestion[]): EvalOutcome[] {
  return questions.map((q) => {
    const result = engine.ask({ question: q.question, doc: q.doc })
    const hits = engine.search({ question: q.question, doc: q.doc, k: RANK_DEPTH })
    const a = result.answer
    return {
      goldRank: goldRank(q, hits),
      sentence: a ? a.sentence : null,
      text: a ? a.text : null,
      ...(a ? { confidence: a.confidence } : { closest: result.abstention?.closest?.sentence ?? null }),
    }
  })
}

/**
 * The sentence ranker's top sentence for every question, ignoring answer extraction and
 * abstention: it isolates retrieval quality from the answer step. Sentences compete over the
 * same passages as in `ask` (`ANSWER_DEPTH`), ranked as `ask` ranks them (with the expected answer types).
 *
 * @example
 * ```ts
 * rankerOutcomes(built, questions)[0]?.sentence
 * ```
 */
export function rankerOutcomes(built: BuiltCorpus, questions: readonly EvalQuestion[], k = ANSWER_DEPTH): EvalOutcome[] {
  const corpus: Corpus = built.corpus
  const rank = rankerFor(built)
  return questions.map((q) => {
    const { retrieved, ranked } = rank(q, k)
    const top = ranked[0]
    const passage = top ? corpus.passages[top.passageId]! : undefined
    const s = top && passage ? passage.sentences[top.sentence]! : undefined
    const sentence = s && passage ? passage.text.slice(s.start, s.end) : null
    return { goldRank: goldRank(q, retrieved.map((r) => corpus.passages[r.id]!)), sentence, text: sentence }
  })
}
