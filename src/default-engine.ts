/**
 * @module
 * The deployment's engine, loaded from the generated modules once per isolate, on first use.
 */
import { createEngine, type Engine } from './engine/engine'
import { corpus } from './generated/corpus'
import { serializedIndex } from './generated/search-index'
import { templates } from './generated/templates'

const engines = new Map<string, Engine>()

/**
 * The engine for this configuration; `ABSTAIN_THRESHOLD` (0–1) sets when `ask` abstains.
 *
 * @example
 * ```ts
 * const engine = defaultEngine(c.env)
 * ```
 */
export function defaultEngine(env: Partial<Pick<Env, 'ABSTAIN_THRESHOLD'>> = {}): Engine {
  const raw = Number(env.ABSTAIN_THRESHOLD)
  const abstainBelow = Number.isFinite(raw) && raw >= 0 && raw <= 1 && env.ABSTAIN_THRESHOLD !== '' ? raw : undefined
  const key = String(abstainBelow)
  let engine = engines.get(key)
  if (!engine) {
    engine = createEngine({ corpus, index: serializedIndex }, { abstainBelow, templates })
    engines.set(key, engine)
  }
  return engine
}
