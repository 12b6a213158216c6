/**
 * @module
 * The Hono environment every route shares: Worker bindings plus the request's engine.
 */
import type { Engine } from './engine/engine'

/** Bindings (from `wrangler types`) and per-request variables. */
export interface AppEnv {
  Bindings: Env
  Variables: { engine: Engine }
}
