/**
 * @module
 * The MiniSearch 7 internals `searchIndex` reads, made ready once per index: field lengths as
 * typed arrays, short ids mapped to passage positions, and scratch space every search reuses, so a
 * request allocates no per-passage arrays. Null when an index is not of the shape read here (a
 * MiniSearch upgrade), and `searchIndex` then falls back to `index.search`.
 */
import type MiniSearch from 'minisearch'
import type { SearchOptions } from 'minisearch'
import type SearchableMap from 'minisearch/SearchableMap'
import type { IndexedPassage } from './options'

/** Postings of one index term: field id → (short document id → term frequency). */
export type FieldTermData = Map<number, Map<number, number>>

/** The MiniSearch 7 internals read here (set by `loadJSON`; see its `executeQuerySpec` and `termResults`). */
export interface Internals {
  _index: SearchableMap<FieldTermData>
  _documentCount: number
  _documentIds: Map<number, unknown>
  _fieldIds: Record<string, number>
  _fieldLength: Map<number, number[]>
  _avgFieldLength: number[]
  _nextId: number
  _options: { fields: string[]; searchOptions: SearchOptions & Required<Pick<SearchOptions, 'maxFuzzy' | 'boost' | 'bm25'>> }
}


/** Per index: field lengths as arrays, computed once, and scratch space reused by every search. */
export interface Prepared {
  index: MiniSearch<IndexedPassage>
  x: Internals
  /** `_documentCount` when prepared. */
  count: number
  /** [field id, boost] per field, in MiniSearch's field order. */
  fields: [number, number][]
  /** Per field (same order): each short id's field length. */
  lengths: Float64Array[]
  /** Short id → passage position, -1 for a removed document. */
  ids: Float64Array
  total: Float64Array
  partial: Float64Array
  quality: Int32Array
  /** Search and term stamps instead of clearing the arrays: `seen[d] === stamp` means already matched. */
  seen: Int32Array
  termSeen: Int32Array
  stamp: number
  /** Passages in first-matched order (this search), and those the current query term matched. */
  order: Int32Array
  termDocs: Int32Array
  /** Fuzzy and prefix weights (MiniSearch's defaults under the index's), merged once rather than per term. */
  weights: { fuzzy: number; prefix: number }
  /**
   * The current search's expansions, in order (the first `expanded`): index term, its weight, its
   * postings and the position of the query term it expands. Reused, so no tuple per expansion.
   */
  expandedTerms: string[]
  expandedWeights: number[]
  expandedData: FieldTermData[]
  expandedFrom: number[]
  expanded: number
}

/** Defaults MiniSearch merges under `searchOptions.weights` (its `defaultSearchOptions`). */
const MINISEARCH_WEIGHTS = { fuzzy: 0.45, prefix: 0.375 } as const

// Keyed by the index object: engines built in one process never share scratch space.
const preparedByIndex = new WeakMap<MiniSearch<IndexedPassage>, Prepared | null>()

/** The index's internals ready for searching, or null when they are not the shape read here. */
export function prepare(index: MiniSearch<IndexedPassage>): Prepared | null {
  const x = index as unknown as Internals
  const cached = preparedByIndex.get(index)
  // The engine never changes its index; one that gained or lost documents is prepared again.
  if (cached === null || (cached && cached.ids.length === x._nextId && cached.count === x._documentCount)) return cached
  let prepared: Prepared | null = null
  const known = typeof x._index?.fuzzyGet === 'function' && typeof x._index.atPrefix === 'function' &&
    x._documentIds instanceof Map && x._fieldLength instanceof Map && Array.isArray(x._avgFieldLength) &&
    Number.isInteger(x._nextId) && Number.isInteger(x._documentCount) && Array.isArray(x._options?.fields) &&
    [...x._documentIds.values()].every((id) => typeof id === 'number')
  if (known) {
    const size = x._nextId
    const { boost } = x._options.searchOptions
    const names = x._options.searchOptions.fields || x._options.fields
    const fields = names.map((f): [number, number] => [x._fieldIds[f]!, (Object.hasOwn(boost, f) ? boost[f] : undefined) || 1])
    const lengths = fields.map(() => new Float64Array(size))
    for (const [shortId, perField] of x._fieldLength) fields.forEach(([fieldId], f) => { lengths[f]![shortId] = perField[fieldId]! })
    const ids = new Float64Array(size).fill(-1)
    for (const [shortId, id] of x._documentIds) ids[shortId] = id as number
    prepared = {
      index, x, count: x._documentCount, fields, lengths, ids, total: new Float64Array(size), partial: new Float64Array(size), quality: new Int32Array(size),
      seen: new Int32Array(size), termSeen: new Int32Array(size), stamp: 0, order: new Int32Array(size), termDocs: new Int32Array(size),
      weights: { ...MINISEARCH_WEIGHTS, ...x._options.searchOptions.weights },
      expandedTerms: [], expandedWeights: [], expandedData: [], expandedFrom: [], expanded: 0,
    }
  }
  preparedByIndex.set(index, prepared)
  return prepared
}
