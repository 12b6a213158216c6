/**
 * @module
 * `--dump <file.jsonl>`: one line per question with what the engine and the ranker did, for
 * reading misses (which paragraph won, which sentence, which span, why it abstained).
 */
import { writeFileSync } from 'node:fs'
import { createEngine } from '../../src/engine/engine'
import type { BuiltCorpus } from '../../src/engine/types'
import { rankerFor } from './rank-like-ask'
import { containsAnswer, spanScores, type EvalQuestion } from './metrics'

/**
 * Writes the per-question dump.
 *
 * @example
 * ```ts
 * dumpOutcomes(built, questions, '/tmp/squad.jsonl', 0.2)
 * ```
 */
export function dumpOutcomes(built: BuiltCorpus, questions: readonly EvalQuestion[], file: string, threshold?: number): void {
  const engine = createEngine(built, threshold === undefined ? {} : { abstainBelow: threshold })
  const { corpus } = built
  const rank = rankerFor(built)
  const lines = questions.map((q) => {
    const { question, retrieved, ranked } = rank(q)
    const top = ranked[0]
    const passage = top && corpus.passages[top.passageId]
    const s = top && passage?.sentences[top.sentence]
    const rankerSentence = s && passage ? passage.text.slice(s.start, s.end) : null
    const result = engine.ask({ question: q.question, doc: q.doc })
    const a = result.answer
    const paragraphs = retrieved.map((r) => corpus.passages[r.id]!.paragraph)
    const goldSentence = q.paragraph === null ? null : (() => {
      const p = corpus.passages.find((x) => x.documentId === q.doc && x.paragraph === q.paragraph)!
      return p.sentences.map((x) => p.text.slice(x.start, x.end)).find((t) => containsAnswer(t, q.answers)) ?? null
    })()
    return {
      id: q.id, question: q.question, type: question.type, answers: q.answers,
      gold: q.paragraph, paragraphs, scores: retrieved.map((r) => Number(r.score.toFixed(3))),
      rankerHit: rankerSentence !== null && q.answers.length > 0 && containsAnswer(rankerSentence, q.answers),
      answer: a?.text ?? null, confidence: a?.confidence ?? null, abstention: result.abstention?.reason ?? null,
      f1: a && q.answers.length > 0 ? Number(spanScores(a.text, q.answers).f1.toFixed(2)) : 0,
      sentenceHit: a !== null && q.answers.length > 0 && containsAnswer(a.sentence, q.answers),
      engineSentence: a?.sentence ?? null, rankerSentence, goldSentence,
    }
  })
  writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n')
}
