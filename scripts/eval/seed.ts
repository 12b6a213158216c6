/**
 * @module
 * `npm run eval -- --seed`: the seed question set (test/fixtures/seed-questions.json) on the seed article.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { runEvalSet, type EvalRunOptions } from './run-set'
import { seedQuestions, type SeedFixture } from './seed-set'
import type { EvalSet } from './squad-data'

const root = join(import.meta.dirname, '..', '..')

/**
 * Runs the seed evaluation and prints its figures.
 *
 * @example
 * ```ts
 * await runSeedEval({ json: false })
 * ```
 */
export async function runSeedEval(options: EvalRunOptions): Promise<void> {
  runEvalSet('seed-questions.json', await loadSeedSet(), options)
}

/**
 * The seed article and its question set (test/fixtures/seed-questions.json) as an eval set.
 *
 * @example
 * ```ts
 * (await loadSeedSet()).questions.length // 50
 * ```
 */
export async function loadSeedSet(): Promise<EvalSet> {
  const fixture = JSON.parse(await readFile(join(root, 'test', 'fixtures', 'seed-questions.json'), 'utf8')) as SeedFixture
  const name = `${fixture.document}.txt`
  const content = await readFile(join(root, 'content', name), 'utf8')
  return { files: [{ name, content }], questions: seedQuestions(fixture) }
}
