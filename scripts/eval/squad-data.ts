/**
 * @module
 * Reads a SQuAD 2.0 JSON file into an eval set (`squad-set.ts`).
 */
import { readFile } from 'node:fs/promises'
import { squadSet, type EvalSet, type SquadFile } from './squad-set'

export type { EvalSet } from './squad-set'

/**
 * Reads a SQuAD 2.0 file (`squadSet`). `titles`, when given, keeps only the articles so titled
 * ("Southern_California"): a held-out set read straight from the official dev file.
 *
 * @example
 * ```ts
 * const { files, questions } = await loadSquad('../shared/eval/squad2-dev.json')
 * await loadSquad('dev-v2.0.json', ['Southern_California', 'Sky_(United_Kingdom)'])
 * ```
 */
export async function loadSquad(path: string, titles?: readonly string[]): Promise<EvalSet> {
  return squadSet(JSON.parse(await readFile(path, 'utf8')) as SquadFile, titles, path)
}

