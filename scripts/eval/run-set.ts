/**
 * @module
 * Runs one eval set: builds the corpus once, asks every question of the engine, of the sentence
 * ranker alone and of the baselines, and prints the figures.
 */
import { buildCorpus } from '../../src/engine/build/build-corpus'
import { createEngine } from '../../src/engine/engine'
import { dumpOutcomes } from './dump'
import { printOracle } from './oracle'
import { printSelectionCeiling } from './selection-ceiling'
import { baselineOutcomes, lunrDefaults, miniSearchDefaults } from './baselines'
import { aggregate, calibration, scoreQuestion, type EvalOutcome } from './metrics'
import { engineOutcomes, rankerOutcomes } from './outcomes'
import { formatReport, type EvalReport } from './report'
import type { EvalSet } from './squad-data'

/** What a run prints or writes besides the report: JSON instead of tables, a per-question dump, the span oracle. */
export interface EvalRunOptions {
  json: boolean
  dump?: string | undefined
  oracle?: boolean | undefined
  /** Abstention threshold for the engine row (default: the engine's, as /ask uses it). */
  threshold?: number | undefined
}

/**
 * Measures the engine and the baselines on a set and prints the report. When the set states its
 * paragraph counts, a content rule that merged or dropped a paragraph (misaligning gold
 * paragraphs) fails the run loudly.
 *
 * @example
 * ```ts
 * await runEvalSet('squad2-dev', await loadSquad(path), { json: false })
 * ```
 */
export function runEvalSet(
  name: string,
  set: EvalSet,
  options: EvalRunOptions,
): EvalReport {
  const started = performance.now()
  const built = buildCorpus(set.files)
  const buildMs = Math.round(performance.now() - started)
  for (const [id, count] of set.paragraphCounts ?? []) {
    const d = built.corpus.documents.find((doc) => doc.id === id)
    if (d?.passageCount !== count) throw new Error(`${id}: expected ${count} paragraphs, the build made ${d?.passageCount}`)
  }
  const { questions } = set
  const score = (outcomes: EvalOutcome[]) => questions.map((q, i) => scoreQuestion(q, outcomes[i]!))
  const engineScores = score(engineOutcomes(createEngine(built, options.threshold === undefined ? {} : { abstainBelow: options.threshold }), questions))
  const systems = [
    { name: 'article-qa', figures: aggregate(engineScores) },
    { name: 'article-qa ranker (top sentence, no abstention)', figures: aggregate(score(rankerOutcomes(built, questions))) },
    ...[miniSearchDefaults(built.corpus), lunrDefaults(built.corpus)].map((b) => ({
      name: `${b.name} + best-overlap sentence`,
      figures: aggregate(score(baselineOutcomes(built.corpus, b, questions))),
    })),
  ]
  const kinds = [...new Set(questions.flatMap((q) => (q.kind === undefined ? [] : [q.kind])))]
  const byKind = kinds.map((kind) => ({ kind, figures: aggregate(engineScores.filter((_, i) => questions[i]!.kind === kind)) }))
  const first = systems[0]!.figures
  const report: EvalReport = {
    set: name, questions: first.questions, answerable: first.answerable, unanswerable: first.unanswerable,
    buildMs, systems, calibration: calibration(engineScores), byKind,
  }
  if (options.dump) dumpOutcomes(built, questions, options.dump, options.threshold)
  console.log(options.json ? JSON.stringify(report, null, 2) : formatReport(report))
  if (options.oracle) printOracle(built, questions, options.dump && `${options.dump}.oracle.jsonl`)
  if (options.oracle) printSelectionCeiling(built, questions)
  return report
}
