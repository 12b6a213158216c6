/**
 * @module
 * `npm run eval -- --seed`: the seed question set (test/fixtures/seed-questions.json) on the seed article.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { runEvalSet, type EvalRunOptions } from './run-set'
import { seedQuestions, type SeedFixture } from './seed-set'

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
  const fixture = JSON.parse(await readFile(join(root, 'test', 'fixtures', 'seed-questions.json'), 'utf8')) as SeedFixture
  const name = `${fixture.document}.txt`
  const content = await readFile(join(root, 'content', name), 'utf8')
  runEvalSet('seed-questions.json', { files: [{ name, content }], questions: seedQuestions(fixture) }, options)
}
