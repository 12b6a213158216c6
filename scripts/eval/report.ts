/**
 * @module
 * Prints eval figures as aligned tables (or JSON with `--json`).
 */
import type { CalibrationRow, EvalFigures } from './metrics'

/** Everything one eval run measured. */
export interface EvalReport {
  set: string
  questions: number
  answerable: number
  unanswerable: number
  /** Milliseconds to build the corpus and index once. */
  buildMs: number
  /** Figures per system, the engine first. */
  systems: { name: string; figures: EvalFigures }[]
  calibration: CalibrationRow[]
  /** The engine's figures per question kind, when the set labels its questions. */
  byKind: { kind: string; figures: EvalFigures }[]
}

const pct = (n: number): string => n.toFixed(3)

const table = (header: string[], rows: string[][]): string => {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

/**
 * Formats a report for the terminal.
 *
 * @example
 * ```ts
 * console.log(formatReport(report))
 * ```
 */
export function formatReport(report: EvalReport): string {
  const figures = table(
    ['system', 'passage@1', 'MRR@5', 'sentence acc', 'EM', 'F1', 'abstention', 'overall F1'],
    report.systems.map(({ name, figures: f }) => [
      name, pct(f.passageAt1), pct(f.mrrAt5), pct(f.sentenceAccuracy), pct(f.exactMatch), pct(f.f1), pct(f.abstention), pct(f.overallF1),
    ]),
  )
  const calibration = table(
    ['confidence', 'answers', 'answerable', 'sentence acc', 'EM', 'F1'],
    report.calibration.map((r) => [
      `${r.from.toFixed(1)}–${r.to.toFixed(1)}`, String(r.answers), pct(r.answerable), pct(r.sentenceAccuracy), pct(r.exactMatch), pct(r.f1),
    ]),
  )
  const kinds = table(
    ['kind', 'questions', 'passage@1', 'sentence acc', 'F1', 'abstention'],
    // A rate with no question to count over is shown as a dash, not as 0.
    report.byKind.map(({ kind, figures: f }) => {
      const answerable = (n: number) => (f.answerable > 0 ? pct(n) : '–')
      return [kind, String(f.questions), answerable(f.passageAt1), answerable(f.sentenceAccuracy), answerable(f.f1), f.unanswerable > 0 ? pct(f.abstention) : '–']
    }),
  )
  return [
    `${report.set}: ${report.questions} questions (${report.answerable} answerable, ${report.unanswerable} unanswerable); corpus built in ${report.buildMs} ms`,
    '',
    figures,
    '',
    // An abstention shows the closest sentence it weighed: counted, it is the sentence a reader is shown.
    `${report.systems[0]!.name} sentence shown (the answer's, or on abstention the closest one): ${pct(report.systems[0]!.figures.shownSentenceAccuracy)}`,
    '',
    ...(report.byKind.length > 0 ? ['Engine by question kind:', kinds, ''] : []),
    'Engine calibration (answers given, by stated confidence):',
    calibration,
    '',
    'passage@1, MRR@5, sentence acc, EM and F1 are over answerable questions (an abstention scores 0);',
    'abstention is over unanswerable ones; overall F1 is SQuAD 2.0 F1 over all questions.',
  ].join('\n')
}
