/**
 * @module
 * MiniSearch's `search` for the one kind of query the engine makes (processed terms combined with
 * OR, BM25+, prefix and fuzzy matches, a boost per term, a passage range), without its allocations:
 * MiniSearch builds a result object, a terms array and a match object per matching passage and
 * copies its options per term, then sorts every match, where retrieval keeps the best 20. Here the
 * scores add up in typed arrays reused across requests and only the best `limit` become objects.
 *
 * Same results as `index.search(terms.join(' '), options).slice(0, limit)` (id, score, terms,
 * queryTerms): the same floating-point operations in the same order, ties in MiniSearch's order
 * (first matched first). test/engine/index-search.test.ts compares the two; when the index's
 * internals are not those of MiniSearch 7, or a term repeats, `index.search` runs instead.
 */
import type MiniSearch from 'minisearch'
import type { SearchOptions } from 'minisearch'
import type SearchableMap from 'minisearch/SearchableMap'
import type { IndexedPassage } from './options'
import { nearTermsOf } from './stats'

/** Postings of one index term: field id → (short document id → term frequency). */
type FieldTermData = Map<number, Map<number, number>>

/** The MiniSearch 7 internals read here (set by `loadJSON`; see its `executeQuerySpec` and `termResults`). */
interface Internals {
  _index: SearchableMap<FieldTermData>
  _documentCount: number
  _documentIds: Map<number, unknown>
  _fieldIds: Record<string, number>
  _fieldLength: Map<number, number[]>
  _avgFieldLength: number[]
  _nextId: number
  _options: { fields: string[]; searchOptions: SearchOptions & Required<Pick<SearchOptions, 'maxFuzzy' | 'boost' | 'bm25'>> }
}

/** One search: the query's index terms, each term's boost, the passage range to keep, how many to return. */
export interface IndexQuery {
  terms: readonly string[]
  boostTerm: (term: string) => number
  /** Keep only passages with `start <= id < end`. */
  within?: { start: number; end: number }
  limit: number
  /** The build's table of each index term's prefix extensions and near spellings (`SearchStats.nearTerms`), if it has one. */
  nearTerms?: NearTerms
}

/** Index term → "index term, edit distance (0 for a prefix extension), …" space-separated (see `build/near-terms.ts`). */
export type NearTerms = Readonly<Record<string, string>>

/** A passage found, as MiniSearch reports it (without `match`). */
export interface IndexHit {
  /** The passage's position in `Corpus.passages`. */
  id: number
  score: number
  /** Index terms (as stored) that matched, in the key order of MiniSearch's `match`. */
  terms: string[]
  /** Query terms that found something in this passage, in query order. */
  queryTerms: string[]
}

/** Per index: field lengths as arrays, computed once, and scratch space reused by every search. */
interface Prepared {
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

// Keyed by the index object: engines built in one process never share scratch space.
const preparedByIndex = new WeakMap<MiniSearch<IndexedPassage>, Prepared | null>()

/** The index's internals ready for searching, or null when they are not the shape read here. */
function prepare(index: MiniSearch<IndexedPassage>): Prepared | null {
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

/** Defaults MiniSearch merges under `searchOptions.weights` (its `defaultSearchOptions`). */
const MINISEARCH_WEIGHTS = { fuzzy: 0.45, prefix: 0.375 } as const

/**
 * The edit distance MiniSearch's fuzzy search allows a query term under the index's search
 * options (its `executeQuerySpec`); 0 when the term is not searched fuzzily.
 *
 * @example
 * ```ts
 * fuzzyDistance(index, 'ammunit', 0, ['ammunit']) // 1 (one edit in five letters)
 * ```
 */
export function fuzzyDistance(index: MiniSearch<IndexedPassage>, term: string, i: number, terms: readonly string[]): number {
  const options = (index as unknown as Internals)._options.searchOptions
  const fuzzy = typeof options.fuzzy === 'function' ? options.fuzzy(term, i, terms as string[]) : options.fuzzy || false
  if (!fuzzy) return 0
  const f = fuzzy === true ? 0.2 : fuzzy
  return f < 1 ? Math.min(options.maxFuzzy, Math.round(term.length * f)) : f
}

/**
 * Whether MiniSearch's search also matches the index terms that extend a query term.
 *
 * @example
 * ```ts
 * prefixSearched(index, 'ammunit', 0, ['ammunit']) // true (five letters or more)
 * ```
 */
export function prefixSearched(index: MiniSearch<IndexedPassage>, term: string, i: number, terms: readonly string[]): boolean {
  const { prefix } = (index as unknown as Internals)._options.searchOptions
  return typeof prefix === 'function' ? prefix(term, i, terms as string[]) : prefix === true
}

/**
 * Adds a query term's expansions as MiniSearch makes them to `p`'s expansion lists (index term,
 * weight, postings), exact match first. A term the index holds takes its prefix extensions and
 * near spellings from the build's table (`near`) when given, instead of walking the index: the
 * same terms in the same order.
 */
function expand(p: Prepared, term: string, i: number, terms: string[], near: NearTerms | undefined): void {
  const { x, weights } = p
  const exact = x._index.get(term)
  if (exact != null) add(p, term, 1, exact, i)
  if (exact != null && near) {
    const listed = nearTermsOf(near, term)
    const parts = listed === '' ? NO_PARTS : listed.split(' ')
    for (let n = 0; n + 1 < parts.length; n += 2) {
      const match = parts[n]!
      const distance = Number(parts[n + 1])
      const data = x._index.get(match)
      if (data == null) continue
      // Distance 0 marks a prefix extension, whose distance is the letters it adds.
      if (distance === 0) add(p, match, prefixWeight(weights.prefix, match, match.length - term.length), data, i)
      else add(p, match, weights.fuzzy * match.length / (match.length + distance), data, i)
    }
    return
  }
  const maxDistance = fuzzyDistance(p.index, term, i, terms)
  const fuzzyMatches = maxDistance ? x._index.fuzzyGet(term, maxDistance) as Map<string, [FieldTermData, number]> : undefined
  if (prefixSearched(p.index, term, i, terms)) {
    for (const [match, data] of x._index.atPrefix(term)) {
      const distance = match.length - term.length
      if (!distance) continue
      // A prefix match is scored as one, never also as a fuzzy match.
      fuzzyMatches?.delete(match)
      add(p, match, prefixWeight(weights.prefix, match, distance), data, i)
    }
  }
  for (const [match, [data, distance]] of fuzzyMatches ?? []) {
    if (distance) add(p, match, weights.fuzzy * match.length / (match.length + distance), data, i)
  }
}

const NO_PARTS: readonly string[] = Object.freeze([])

/** Appends one expansion to `p`'s lists. */
function add(p: Prepared, term: string, weight: number, data: FieldTermData, from: number): void {
  const n = p.expanded++
  p.expandedTerms[n] = term
  p.expandedWeights[n] = weight
  p.expandedData[n] = data
  p.expandedFrom[n] = from
}

/** MiniSearch's weight of a prefix match `distance` letters longer than the query term. */
const prefixWeight = (weight: number, match: string, distance: number) => weight * match.length / (match.length + 0.3 * distance)

/**
 * The best `limit` passages for the terms, exactly as `index.search` ranks and scores them.
 *
 * @example
 * ```ts
 * searchIndex(index, { terms: ['round', 'daili'], boostTerm: () => 1, limit: 20 })[0]?.id // 3
 * ```
 */
export function searchIndex(index: MiniSearch<IndexedPassage>, query: IndexQuery): IndexHit[] {
  // MiniSearch's tokenizing of the joined query: split on spaces, drop empty words (the terms as they are when none has a space).
  const terms = query.terms.every(isWord) ? query.terms as string[] : query.terms.join(' ').split(' ').filter((t) => t !== '')
  const p = prepare(index)
  // A repeated term counts once for quality but twice for the score: rare enough to leave to MiniSearch.
  if (!p || hasRepeat(terms)) return viaMiniSearch(index, terms, query)
  const { x, fields, total, partial, quality, seen, termSeen, order, termDocs } = p
  const stamp = ++p.stamp
  let matched = 0
  // Every expansion scored, with its query term's index: the `terms` and `queryTerms` of the results.
  p.expanded = 0
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!
    const termStamp = ++p.stamp
    let count = 0
    const termBoost = query.boostTerm(term)
    const first = p.expanded
    expand(p, term, i, terms, query.nearTerms)
    for (let e = first; e < p.expanded; e++) {
      const termWeight = p.expandedWeights[e]!
      const data = p.expandedData[e]!
      for (let f = 0; f < fields.length; f++) {
        const freqs = data.get(fields[f]![0])
        if (freqs == null) continue
        count = addPostings(p, f, freqs, termWeight * termBoost * fields[f]![1], termStamp, count, query.within)
      }
    }
    // MiniSearch's OR: running total + this term's sum; passages kept in first-matched order.
    for (let n = 0; n < count; n++) {
      const doc = termDocs[n]!
      if (seen[doc] !== stamp) {
        seen[doc] = stamp
        total[doc] = partial[doc]!
        quality[doc] = 1
        order[matched++] = doc
      } else {
        total[doc] = total[doc]! + partial[doc]!
        quality[doc]!++
      }
    }
  }
  return best(p, matched, query.limit).map((doc) => hitOf(p, doc, terms))
}

/** A term MiniSearch's space tokenizer keeps as it is. */
const isWord = (term: string) => term !== '' && !term.includes(' ')

/** Whether a term occurs twice (a query has a handful of terms: no Set needed). */
function hasRepeat(terms: readonly string[]): boolean {
  for (let i = 1; i < terms.length; i++) if (terms.lastIndexOf(terms[i]!, i - 1) >= 0) return true
  return false
}

/**
 * Adds one field's postings of one index term to the term's sums (`partial`), MiniSearch's
 * `termResults` operation for operation; returns the count of passages the term has matched so far.
 */
function addPostings(p: Prepared, f: number, freqs: Map<number, number>, weight: number, termStamp: number, count: number, within: IndexQuery['within']): number {
  const { x, ids, partial, termSeen, termDocs } = p
  const { k, b, d } = x._options.searchOptions.bm25
  const fieldId = p.fields[f]![0]
  const avg = x._avgFieldLength[fieldId]!
  const length = p.lengths[f]!
  const from = within?.start ?? -Infinity
  const to = within?.end ?? Infinity
  let matching = freqs.size
  let invDocFreq = Math.log(1 + (x._documentCount - matching + 0.5) / (matching + 0.5))
  for (const doc of freqs.keys()) {
    const id = ids[doc]!
    if (id === -1) {
      // MiniSearch drops a removed document's posting and no longer counts it.
      matching -= 1
      invDocFreq = Math.log(1 + (x._documentCount - matching + 0.5) / (matching + 0.5))
      continue
    }
    if (id < from || id >= to) continue
    const termFreq = freqs.get(doc)!
    // MiniSearch's calcBM25Score, operation for operation.
    const raw = invDocFreq * (d + termFreq * (k + 1) / (termFreq + k * (1 - b + b * length[doc]! / avg)))
    if (termSeen[doc] !== termStamp) {
      termSeen[doc] = termStamp
      partial[doc] = 0
      termDocs[count++] = doc
    }
    partial[doc] = partial[doc]! + weight * raw
  }
  return count
}

/** The best `limit` of the first `matched` passages of `order`, by score; ties in first-matched order (MiniSearch's sort is stable). */
function best(p: Prepared, matched: number, limit: number): number[] {
  const docs: number[] = []
  const scores: number[] = []
  for (let n = 0; n < matched; n++) {
    const doc = p.order[n]!
    const score = p.total[doc]! * p.quality[doc]!
    if (docs.length === limit && !(score > scores[limit - 1]!)) continue
    // Insertion into a short sorted list, shifting by hand (splice allocates).
    let at = docs.length < limit ? docs.length : limit - 1
    while (at > 0 && scores[at - 1]! < score) {
      docs[at] = docs[at - 1]!
      scores[at] = scores[at - 1]!
      at--
    }
    docs[at] = doc
    scores[at] = score
  }
  return docs
}

/** An array index starts with a digit: most terms are ruled out without a regular expression. */
const startsWithDigit = (term: string) => term.charCodeAt(0) >= 48 && term.charCodeAt(0) <= 57

// Never sorted: `numeric` is sorted only when it has terms.
const NO_TERMS = Object.freeze([]) as unknown as string[]

/** Whether a key is an array index, which `Object.keys` lists first, in numeric order. */
const isArrayIndex = (key: string) => /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 4294967295

/** A result as MiniSearch reports it: its score, and the index and query terms that matched it. */
function hitOf(p: Prepared, doc: number, terms: readonly string[]): IndexHit {
  const matchedTerms: string[] = []
  const queryTerms: string[] = []
  for (let e = 0; e < p.expanded; e++) {
    const term = p.expandedTerms[e]!
    const data = p.expandedData[e]!
    const i = p.expandedFrom[e]!
    let found = false
    for (let f = 0; f < p.fields.length && !found; f++) found = data.get(p.fields[f]![0])?.has(doc) === true
    if (!found) continue
    if (!matchedTerms.includes(term)) matchedTerms.push(term)
    // Expansions run in query order: a query term is added once, at its first match.
    if (queryTerms.at(-1) !== terms[i]) queryTerms.push(terms[i]!)
  }
  // MiniSearch reports `Object.keys(match)`: index terms in first-matched order, array-index keys ("2024") first.
  const numeric = matchedTerms.some(startsWithDigit) ? matchedTerms.filter(isArrayIndex) : NO_TERMS
  const ordered = numeric.length === 0 ? matchedTerms : [...numeric.sort((a, b) => Number(a) - Number(b)), ...matchedTerms.filter((t) => !isArrayIndex(t))]
  return { id: p.ids[doc]!, score: p.total[doc]! * p.quality[doc]!, terms: ordered, queryTerms }
}

/** The same search through MiniSearch itself. */
function viaMiniSearch(index: MiniSearch<IndexedPassage>, terms: string[], query: IndexQuery): IndexHit[] {
  const options: SearchOptions = {
    // The terms are already processed: split on the spaces they are joined with, keep them as they are.
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term,
    boostTerm: query.boostTerm,
  }
  const within = query.within
  if (within) options.filter = (r) => (r.id as number) >= within.start && (r.id as number) < within.end
  return index.search(terms.join(' '), options).slice(0, query.limit)
    .map((r) => ({ id: r.id as number, score: r.score, terms: r.terms, queryTerms: r.queryTerms }))
}
