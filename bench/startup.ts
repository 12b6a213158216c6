/**
 * @module
 * First requests of fresh processes, with and without the start-up warm-up: each run is a new
 * process (`bench/first-requests.ts`), as each Worker isolate is a new V8 context.
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

/** The first requests of `processes` fresh processes, pooled, in milliseconds. */
export interface StartupResult {
  case: string
  processes: number
  /** Start-up work before the first request (loading the engine and the warm-up), median. */
  startupMs: number
  /** The first request of each process: median and worst. */
  firstMs: number
  firstMaxMs: number
  /** Requests 2–20 of every process: median and worst. */
  nextP50Ms: number
  nextMaxMs: number
}

const script = join(import.meta.dirname, 'first-requests.ts')
const round = (n: number) => Math.round(n * 1000) / 1000
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0

/**
 * Runs `first-requests.ts` in `processes` fresh processes, warmed or not.
 *
 * @example
 * ```ts
 * measureStartup(true, 5).firstMaxMs
 * ```
 */
export function measureStartup(warm: boolean, processes = 6): StartupResult {
  const runs = Array.from({ length: processes }, () => {
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, ...(warm ? [] : ['--no-warm-up'])], { encoding: 'utf8' })
    return JSON.parse(out.trim().split('\n').at(-1)!) as { startupMs: number; requestsMs: number[] }
  })
  const firsts = runs.map((r) => r.requestsMs[0]!)
  const next = runs.flatMap((r) => r.requestsMs.slice(1))
  return {
    case: warm ? 'first requests: start-up warm-up' : 'first requests: no warm-up',
    processes,
    startupMs: round(median(runs.map((r) => r.startupMs))),
    firstMs: round(median(firsts)),
    firstMaxMs: round(Math.max(...firsts)),
    nextP50Ms: round(median(next)),
    nextMaxMs: round(Math.max(...next)),
  }
}
