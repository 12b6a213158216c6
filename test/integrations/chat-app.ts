/**
 * Test helper for the chat doors: an app over in-test content with an env holding the given
 * secrets, and a `fetch` routed to it (for the OpenAI and MCP clients).
 */
import { createApp } from '../../src/app'
import type { SourceFile } from '../../src/engine/content/parse-document'
import type { Engine } from '../../src/engine/engine'
import { engineFrom, SEED } from '../helpers/engine'

/** Vars as wrangler.toml gives them; secrets come from each test. */
const VARS = { CORS_ORIGINS: '*', ABSTAIN_THRESHOLD: '0.35', CACHE_MAX_AGE: '300', OPENAI_MODEL_ID: 'article-qa', SLACK_RESPONSE_TYPE: 'ephemeral' }

/** An app over `files` (default: the seed) with `env` merged over the vars. */
export function chatApp(env: Partial<Record<keyof Env, string>> = {}, files: SourceFile[] = [SEED]): {
  engine: Engine
  request: (path: string, init?: RequestInit) => Promise<Response>
  fetch: (input: string | URL | Request, init?: RequestInit) => Promise<Response>
} {
  // The engine is built here, not by the Worker: a threshold given in `env` is the engine's own.
  const engine = engineFrom(files, env.ABSTAIN_THRESHOLD ? { abstainBelow: Number(env.ABSTAIN_THRESHOLD) } : undefined)
  const app = createApp({ engine })
  const bindings = { ...VARS, ...env } as unknown as Env
  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> =>
    await app.request(input instanceof Request ? input : String(input), init, bindings)
  return { engine, request: async (path, init) => await app.request(path, init, bindings), fetch }
}
