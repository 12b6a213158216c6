/**
 * @module
 * Prints a confidence refit: the weights as code, the best threshold and the trade-off around it,
 * the calibration of the fitted model, and a per-document cross-check.
 */
import { evidenceRows, type EvidenceRow } from './evidence-rows'
import { bestThreshold, confidenceFor, fitModel, tradeOff, type FittedModel } from './fit-confidence'
import { buildCorpus } from '../../src/engine/build/build-corpus'
import type { EvalSet } from './squad-data'

const f = (x: number) => x.toFixed(3)

/**
 * Fits on every given set together and prints the report.
 *
 * @example
 * ```ts
 * runFitReport([{ name: 'squad', set: await loadSquad(path) }])
 * ```
 */
export function runFitReport(sets: readonly { name: string; set: EvalSet }[]): FittedModel {
  const rows: EvidenceRow[] = sets.flatMap(({ name, set }) => evidenceRows(name, buildCorpus(set.files), set.questions))
  const scored = rows.filter((r) => !r.ruled)
  const model = fitModel(scored)
  const best = bestThreshold(model, rows)
  console.log(`${rows.length} questions, ${scored.length} with an answer to weigh (${rows.length - scored.length} abstained by rule)\n`)
  console.log(`CONFIDENCE_MODEL = ${JSON.stringify(model)}\n`)
  console.log('threshold  answerable F1  abstention  overall F1')
  // The lowest threshold that abstains on half the unanswerable questions: the operating point.
  let half = 0
  while (half < 1 && tradeOff(model, rows, half).abstention < 0.5) half = Number((half + 0.005).toFixed(3))
  const marks = new Map([[half, '  ← abstains on half'], [best.threshold, '  ← best overall F1']])
  for (const t of [...new Set([0, half - 0.02, half, half + 0.02, best.threshold - 0.02, best.threshold, best.threshold + 0.02])].sort((a, b) => a - b)) {
    if (t < 0) continue
    const at = tradeOff(model, rows, Number(t.toFixed(3)))
    console.log(`${at.threshold.toFixed(3).padStart(9)}  ${f(at.f1).padStart(13)}  ${f(at.abstention).padStart(10)}  ${f(at.overallF1).padStart(10)}${marks.get(t) ?? ''}`)
  }
  console.log('\nconfidence  answers  right (F1 ≥ 0.5)  mean F1')
  for (let b = 0; b < 5; b++) {
    const inBand = scored.filter((r) => { const c = confidenceFor(model, r); return c >= b / 5 && (c < (b + 1) / 5 || b === 4) })
    if (inBand.length === 0) continue
    const right = inBand.filter((r) => r.f1 >= 0.5).length / inBand.length
    const mean = inBand.reduce((a, r) => a + r.f1, 0) / inBand.length
    console.log(`${(b / 5).toFixed(1)}–${((b + 1) / 5).toFixed(1)}  ${String(inBand.length).padStart(10)}  ${f(right).padStart(16)}  ${f(mean).padStart(7)}`)
  }
  const groups = [...new Set(rows.map((r) => r.group))]
  if (groups.length > 1) {
    console.log('\ncross-check: fit on the other documents, test on this one (its own best threshold in brackets)')
    for (const g of groups) {
      const train = rows.filter((r) => r.group !== g)
      const test = rows.filter((r) => r.group === g)
      const m = fitModel(train.filter((r) => !r.ruled))
      const at = tradeOff(m, test, bestThreshold(m, train).threshold)
      console.log(`${g}: overall F1 ${f(at.overallF1)} (own fit ${f(bestThreshold(fitModel(test.filter((r) => !r.ruled)), test).overallF1)}), F1 ${f(at.f1)}, abstention ${f(at.abstention)}`)
    }
  }
  return model
}
