/**
 * @module
 * A small benchmark harness: warm up, time many runs, report percentiles and heap use.
 * Each file in bench/cases/ exports `cases: BenchCase[]`; `npm run bench` runs them all.
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

// A full collection before each timed loop, so a case is not charged for the garbage its setup (or
// the previous case) left: the 5,000-passage case builds a corpus of hundreds of MiB first.
setFlagsFromString('--expose-gc')
const collectGarbage = runInNewContext('gc') as () => void

/** Warm-up calls before timing: a fifth of the runs, at least this many, so the JIT has settled. */
const MIN_WARM_UP = 500

/** One benchmark: a name and a function to time (called `iterations` times). */
export interface BenchCase {
  name: string
  /** Prepares state outside the timed loop; returns the function to time. */
  setup: () => (i: number) => unknown
  iterations?: number
}

/** Timing of one case, in milliseconds. */
export interface BenchResult {
  name: string
  iterations: number
  mean: number
  p50: number
  p99: number
  max: number
  /** CPU time (user + system) per call: unlike wall time, not inflated when other processes share the cores. */
  cpuP50: number
  cpuP99: number
  heapUsedMiB: number
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

/**
 * Runs a case: warm-up (a fifth of the runs, at least `MIN_WARM_UP`), a full garbage collection,
 * then `iterations` timed calls. Garbage the timed calls make is collected during them, as in service.
 *
 * @example
 * ```ts
 * runCase({ name: 'noop', setup: () => () => 0 })
 * ```
 */
export function runCase(bench: BenchCase): BenchResult {
  const fn = bench.setup()
  const iterations = bench.iterations ?? 2000
  for (let i = 0; i < Math.max(MIN_WARM_UP, Math.ceil(iterations / 5)); i++) fn(i)
  collectGarbage()
  const times: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < iterations; i++) {
    const cpuStart = process.cpuUsage()
    const start = performance.now()
    fn(i)
    times.push(performance.now() - start)
    const used = process.cpuUsage(cpuStart)
    cpu.push((used.user + used.system) / 1000)
  }
  times.sort((a, b) => a - b)
  cpu.sort((a, b) => a - b)
  const round = (n: number): number => Math.round(n * 1000) / 1000
  return {
    name: bench.name,
    iterations,
    mean: round(times.reduce((a, b) => a + b, 0) / times.length),
    p50: round(percentile(times, 50)),
    p99: round(percentile(times, 99)),
    max: round(times.at(-1) ?? 0),
    cpuP50: round(percentile(cpu, 50)),
    cpuP99: round(percentile(cpu, 99)),
    heapUsedMiB: Math.round((process.memoryUsage().heapUsed / 1048576) * 10) / 10,
  }
}
