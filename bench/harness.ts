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

/** Warm-up calls before timing when a case does not say: V8 is still compiling the engine's hot
 * functions through the first ~3,000 seed questions (measured: p99 0.70 ms after 2,000 warm-up
 * questions, 0.60 after 3,000, 0.59 after 6,000), and that is a one-off cost per isolate. */
const DEFAULT_WARM_UP = 3000

/** The first calls of a case, timed on their own: what an isolate's first requests see. */
const COLD_CALLS = 1000

/** One benchmark: a name and a function to time (called `iterations` times). */
export interface BenchCase {
  name: string
  /** Prepares state outside the timed loop; returns the function to time. */
  setup: () => (i: number) => unknown
  /** Timed calls (default 2,000). */
  iterations?: number
  /** Untimed calls before them (default `DEFAULT_WARM_UP`), of which the first `COLD_CALLS` are reported as `coldP50`/`coldP99`. */
  warmUp?: number
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
  /** Heap still in use after a full collection at the end, the case's state included. */
  heapUsedMiB: number
  /** Wall time of the first calls, from a fresh engine: lazy compilation and tier-up included. */
  coldP50: number
  coldP99: number
}

const percentile = (sorted: Float64Array, p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

/**
 * Runs a case: warm-up (`warmUp` calls, the first `COLD_CALLS` of them timed as the cold figures), a
 * full garbage collection, then `iterations` timed calls. Garbage the timed calls make is collected during them, as in service.
 *
 * @example
 * ```ts
 * runCase({ name: 'noop', setup: () => () => 0 })
 * ```
 */
export function runCase(bench: BenchCase): BenchResult {
  const fn = bench.setup()
  const iterations = bench.iterations ?? 2000
  const warmUp = Math.max(bench.warmUp ?? DEFAULT_WARM_UP, 1)
  const cold = new Float64Array(Math.min(COLD_CALLS, warmUp))
  for (let i = 0; i < warmUp; i++) {
    const start = performance.now()
    fn(i)
    if (i < cold.length) cold[i] = performance.now() - start
  }
  cold.sort()
  collectGarbage()
  // Typed arrays sized up front: growing plain arrays would leave their old backing stores, and
  // the live arrays themselves, for every young-generation collection to copy, charging the
  // harness's own bookkeeping to the calls it times.
  const times = new Float64Array(iterations)
  const cpu = new Float64Array(iterations)
  for (let i = 0; i < iterations; i++) {
    const cpuStart = process.cpuUsage()
    const start = performance.now()
    fn(i)
    times[i] = performance.now() - start
    const used = process.cpuUsage(cpuStart)
    cpu[i] = (used.user + used.system) / 1000
  }
  times.sort()
  cpu.sort()
  // Retained heap: read after a full collection, with one more call after the reading so that the
  // case's state (the engine `fn` holds) is still live when it is taken.
  collectGarbage()
  const heapUsed = process.memoryUsage().heapUsed
  fn(0)
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
    heapUsedMiB: Math.round((heapUsed / 1048576) * 10) / 10,
    coldP50: round(percentile(cold, 50)),
    coldP99: round(percentile(cold, 99)),
  }
}
