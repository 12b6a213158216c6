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
import { expand, type NearTerms } from './index-expansions'
import { prepare, type Prepared } from './index-internals'
import type { IndexedPassage } from './options'

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
