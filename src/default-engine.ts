/**
 * @module
 * The deployment's engine, loaded from the generated modules once per isolate, on first use; one
 * per abstention threshold, all sharing one loaded search index.
 */
import type MiniSearch from 'minisearch'
import { createEngine, loadSearchIndex, type Engine } from './engine/engine'
import { warmUp, warmsUpAtStart } from './engine/warm-up'
import type { IndexedPassage } from './engine/search/options'
import { corpus } from './generated/corpus'
import { serializedIndex } from './generated/search-index'
import { templates } from './generated/templates'

const engines = new Map<string, Engine>()
let searchIndex: MiniSearch<IndexedPassage> | undefined

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
    searchIndex ??= loadSearchIndex({ index: serializedIndex })
    engine = createEngine({ corpus, index: serializedIndex }, { abstainBelow, templates, searchIndex })
    engines.set(key, engine)
  }
  return engine
}

/**
 * Loads and warms up the default engine, for the Worker's global scope; returns the calls the
 * warm-up made, or 0 when the corpus is larger than `WARM_UP_MAX_PASSAGES` (it then loads on its
 * first request).
 *
 * @example
 * ```ts
 * warmUpAtStart() // 39 on the seed article
 * ```
 */
export function warmUpAtStart(): number {
  return warmsUpAtStart(corpus) ? warmUp(defaultEngine()) : 0
}
