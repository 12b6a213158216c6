/**
 * @module
 * `npm run eval -- --squad <file>`: any SQuAD 2.0 JSON file, each article one document.
 */
import { runEvalSet, type EvalRunOptions } from './run-set'
import { loadSquad } from './squad-data'

/**
 * Runs the SQuAD evaluation and prints its figures.
 *
 * @example
 * ```ts
 * await runSquadEval('../shared/eval/squad2-dev.json', { json: false })
 * await runSquadEval('dev-v2.0.json', { json: false }, ['Southern_California'])
 * ```
 */
export async function runSquadEval(path: string, options: EvalRunOptions, titles?: readonly string[]): Promise<void> {
  runEvalSet(path.split('/').at(-1) ?? path, await loadSquad(path, titles), options)
}
