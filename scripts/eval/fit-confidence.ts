/**
 * @module
 * `npm run eval -- --fit-confidence --squad <file> [--seed]`: refits the confidence model
 * (`CONFIDENCE_MODEL` in src/engine/answer/confidence.ts) and its abstention threshold from the
 * given sets, so calibration is reproducible rather than hand-tuned. Prints the weights as code,
 * the threshold that maximises SQuAD 2.0 overall F1, the trade-off around it, and a cross-check
 * that fits on each document and tests on the others.
 */
import type { Evidence } from '../../src/engine/answer/confidence'
import type { EvidenceRow } from './evidence-rows'

/** Fitting settings: L2 strength, and what counts as a right answer. */
export const FIT = { l2: 1, iterations: 4000, rate: 0.5, rightAt: 0.5 } as const

/** A fitted model: bias and one weight per evidence signal. */
export interface FittedModel {
  bias: number
  weights: Record<keyof Evidence, number>
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z))

/**
 * Fits an L2-regularised logistic regression (label: answer F1 ≥ `FIT.rightAt`) by gradient descent.
 *
 * @example
 * ```ts
 * fitModel(rows.filter((r) => !r.ruled)).weights.fit
 * ```
 */
export function fitModel(rows: readonly EvidenceRow[]): FittedModel {
  const keys = Object.keys(rows[0]!.evidence!) as (keyof Evidence)[]
  const w = new Float64Array(keys.length + 1)
  const n = rows.length
  for (let it = 0; it < FIT.iterations; it++) {
    const grad = new Float64Array(w.length)
    for (const r of rows) {
      const x = keys.map((k) => r.evidence![k])
      let z = w[0]!
      x.forEach((v, i) => (z += w[i + 1]! * v))
      const err = sigmoid(z) - (r.f1 >= FIT.rightAt ? 1 : 0)
      grad[0]! += err
      x.forEach((v, i) => (grad[i + 1]! += err * v))
    }
    for (let i = 0; i < w.length; i++) w[i]! -= FIT.rate * (grad[i]! / n + (i > 0 ? (FIT.l2 * w[i]!) / n : 0))
  }
  const weights = Object.fromEntries(keys.map((k, i) => [k, Number(w[i + 1]!.toFixed(2))])) as FittedModel['weights']
  return { bias: Number(w[0]!.toFixed(2)), weights }
}

/**
 * The model's confidence for a row, rounded as the engine rounds it.
 *
 * @example
 * ```ts
 * confidenceFor(model, row) // 0.42
 * ```
 */
export function confidenceFor(model: FittedModel, row: EvidenceRow): number {
  let z = model.bias
  for (const k of Object.keys(model.weights) as (keyof Evidence)[]) z += model.weights[k] * row.evidence![k]
  return Math.round(100 * sigmoid(z)) / 100
}

/** Figures at one threshold. */
export interface TradeOff {
  threshold: number
  /** Mean F1 over answerable questions (abstention scores 0). */
  f1: number
  /** Share of unanswerable questions abstained on. */
  abstention: number
  overallF1: number
}

/**
 * Overall F1, answerable F1 and abstention when answers below `threshold` are withheld.
 *
 * @example
 * ```ts
 * tradeOff(model, rows, 0.2).overallF1
 * ```
 */
export function tradeOff(model: FittedModel, rows: readonly EvidenceRow[], threshold: number): TradeOff {
  let f1 = 0
  let abstained = 0
  const answerable = rows.filter((r) => r.answerable).length
  for (const r of rows) {
    const answers = !r.ruled && confidenceFor(model, r) >= threshold
    if (r.answerable && answers) f1 += r.f1
    if (!r.answerable && !answers) abstained++
  }
  const unanswerable = rows.length - answerable
  return {
    threshold, f1: f1 / Math.max(1, answerable), abstention: abstained / Math.max(1, unanswerable),
    overallF1: (f1 + abstained) / Math.max(1, rows.length),
  }
}

/**
 * The threshold (in steps of 0.005) with the best overall F1; ties go to the lower threshold.
 *
 * @example
 * ```ts
 * bestThreshold(model, rows).threshold
 * ```
 */
export function bestThreshold(model: FittedModel, rows: readonly EvidenceRow[]): TradeOff {
  let best = tradeOff(model, rows, 0)
  for (let t = 0.005; t < 1; t += 0.005) {
    const at = tradeOff(model, rows, Number(t.toFixed(3)))
    if (at.overallF1 > best.overallF1 + 1e-9) best = at
  }
  return best
}
