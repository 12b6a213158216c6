/**
 * @module
 * One fresh process's first requests: what a new Worker isolate's first visitors see. Loads the
 * generated seed corpus, optionally runs the start-up warm-up (`--no-warm-up` skips it, as the
 * entry point did before session 11), then times the engine's first 20 seed questions, the first
 * also paying for loading the engine when nothing warmed it. Prints one JSON line; `bench/startup.ts`
 * runs it in several processes.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createEngine, type Engine } from '../src/engine/engine'
import { warmUp } from '../src/engine/warm-up'
import { corpus } from '../src/generated/corpus'
import { serializedIndex } from '../src/generated/search-index'

const FIRST = 20
const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'test', 'fixtures', 'seed-questions.json'), 'utf8')) as { questions: { question: string }[] }
const questions = [...new Set(fixture.questions.map((q) => q.question))].slice(0, FIRST)

// The TypeScript loader leaves garbage of its own, which a Worker isolate never holds: collect it
// first, so a collection of it is not timed as a request (`--expose-gc`, set by bench/startup.ts).
;(globalThis as { gc?: () => void }).gc?.()

const warm = !process.argv.includes('--no-warm-up')
let engine: Engine | undefined
let startupMs = 0
if (warm) {
  const t = performance.now()
  engine = createEngine({ corpus, index: serializedIndex })
  warmUp(engine)
  startupMs = performance.now() - t
}
const requestsMs: number[] = []
for (const question of questions) {
  const t = performance.now()
  engine ??= createEngine({ corpus, index: serializedIndex })
  engine.ask({ question })
  requestsMs.push(performance.now() - t)
}
console.log(JSON.stringify({ warm, startupMs, requestsMs }))
