/**
 * Starts the real Worker with `wrangler dev` on a free local port, for tests that drive it from
 * outside (a browser). Run `npm run build` first (npm test does) so src/generated/ exists.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'

/** A running `wrangler dev`. */
export interface RunningWorker {
  /** Base URL, e.g. http://127.0.0.1:43123 */
  url: string
  stop(): Promise<void>
}

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

const stopProcess = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.pid === undefined) return resolve()
    child.once('exit', () => resolve())
    // wrangler runs workerd as a child: signal the whole process group we created.
    process.kill(-child.pid, 'SIGTERM')
    setTimeout(() => child.exitCode === null && child.pid !== undefined && process.kill(-child.pid, 'SIGKILL'), 5000).unref()
  })

/** Options of {@link startWorker}. */
export interface StartWorkerOptions {
  /** Entry module relative to the repo root; default: `main` from wrangler.toml (the real Worker). */
  script?: string
  /** How long one attempt waits for `/health`. */
  timeoutMs?: number
  /** Attempts before giving up: on a loaded machine `wrangler dev` has been seen to hang once. */
  attempts?: number
}

/** One `wrangler dev`, stopped again if it does not serve `/health` in time. */
async function startOnce(script: string | undefined, timeoutMs: number): Promise<RunningWorker> {
  const port = await freePort()
  const args = ['dev', ...(script ? [script] : []), '--port', String(port), '--ip', '127.0.0.1', '--show-interactive-dev-session=false']
  const child = spawn(`${ROOT}node_modules/.bin/wrangler`, args, {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
  })
  // Should the test runner give up on this file (a hook timeout), take wrangler and workerd along.
  const killGroup = () => {
    try {
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
  process.once('exit', killGroup)
  child.once('exit', () => process.off('exit', killGroup))
  let log = ''
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited (${child.exitCode}):\n${log}`)
    try {
      // wrangler's proxy holds requests while it bundles: bound each try so the deadline holds.
      if ((await fetch(`${url}/health`, { signal: AbortSignal.timeout(5000) })).ok) return { url, stop: () => stopProcess(child) }
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  await stopProcess(child)
  throw new Error(`wrangler dev did not serve ${url}/health within ${timeoutMs} ms:\n${log}`)
}

/**
 * Starts `wrangler dev` and resolves once it serves `/health`.
 *
 * @example
 * ```ts
 * const worker = await startWorker()
 * await fetch(`${worker.url}/health`)
 * await worker.stop()
 * ```
 */
export async function startWorker({ script, timeoutMs = 60_000, attempts = 2 }: StartWorkerOptions = {}): Promise<RunningWorker> {
  const failures: string[] = []
  for (let i = 0; i < attempts; i++) {
    try {
      return await startOnce(script, timeoutMs)
    } catch (error) {
      failures.push(String(error))
    }
  }
  throw new Error(failures.join('\n---\n'))
}
