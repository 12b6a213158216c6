/**
 * @module
 * `npm run bench [-- name-filter]`: runs every bench/cases/*.bench.ts, then the first requests of
 * fresh processes with and without the start-up warm-up (`bench/startup.ts`; filter "first"),
 * prints the tables and writes bench/results/latest.json.
 */
import { readdir, writeFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { runCase, type BenchCase, type BenchResult } from './harness'
import { measureStartup, type StartupResult } from './startup'

const dir = join(import.meta.dirname, 'cases')
const filter = process.argv[2]

async function main(): Promise<void> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.bench.ts')).sort()
  const results: BenchResult[] = []
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { cases: BenchCase[] }
    for (const bench of mod.cases) {
      if (filter && !bench.name.includes(filter)) continue
      results.push(runCase(bench))
    }
  }
  console.table(results.map((r) => ({ case: r.name, runs: r.iterations, 'mean ms': r.mean, 'p50 ms': r.p50, 'p99 ms': r.p99, 'max ms': r.max, 'cpu p50 ms': r.cpuP50, 'cpu p99 ms': r.cpuP99, 'heap MiB': r.heapUsedMiB, 'cold p50': r.coldP50, 'cold p99': r.coldP99 })))
  const startup: StartupResult[] = []
  if (!filter || 'first requests'.includes(filter)) {
    startup.push(measureStartup(false), measureStartup(true))
    console.table(startup)
  }
  await mkdir(join(import.meta.dirname, 'results'), { recursive: true })
  await writeFile(join(import.meta.dirname, 'results', 'latest.json'), `${JSON.stringify({ node: process.version, date: new Date().toISOString(), results, startup }, null, 2)}\n`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
