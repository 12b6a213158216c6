/**
 * The allocation-free index search returns exactly what MiniSearch's `search` returns (ids,
 * scores to the last bit, matched terms, their order), for random queries mixing exact, prefix,
 * fuzzy and unknown terms, with and without a passage range; and its reused scratch space never
 * leaks between two engines' indexes; with the build's table of prefix extensions and near
 * spellings, the same again without walking the index for a known term.
 */
import fc from 'fast-check'
import MiniSearch, { type SearchOptions } from 'minisearch'
import { describe, expect, it } from 'vitest'
import { nearTerms } from '../../src/engine/build/near-terms'
import { searchIndex, type IndexQuery } from '../../src/engine/search/index-search'
import { searchIndexOptions, type IndexedPassage } from '../../src/engine/search/options'
import { normalizeTerm } from '../../src/engine/text/terms'
import { tokenizeWords } from '../../src/engine/text/tokens'

const PASSAGES = [
  'Ukraine was firing up to 6,000 rounds of ammunition daily, officials said in 2023.',
  'The European Union plans to ship one million rounds by 2024 at a cost of 2 billion euros.',
  'Factories in Poland produced 6000 shells last month; production of ammunition keeps rising.',
  'The ambassador said the alliance aims to bolster production and stockpiles across Europe.',
  'Shells, rounds and munitions: the producers produce what the production lines allow.',
  'Germany\'s plants are running three shifts to meet demand from Kyiv and Warsaw.',
  'Warsaw hosted the forum; the weather in Warsaw was cold and rainy throughout the week.',
  'Officials in Kyiv said the counteroffensive needs more artillery rounds every day.',
]

/** A loaded index, as the engine has it (`MiniSearch.loadJSON` of the build's JSON). */
function indexOf(texts: readonly string[]): MiniSearch<IndexedPassage> {
  const built = new MiniSearch<IndexedPassage>(searchIndexOptions)
  built.addAll(texts.map((text, id) => ({ id, text, heading: id % 3 === 0 ? 'Ammunition production' : '', title: `Article ${id % 2}` })))
  return MiniSearch.loadJSON<IndexedPassage>(JSON.stringify(built), searchIndexOptions)
}

/** What `retrieve` asked of MiniSearch before: the same query through `index.search`. */
function reference(index: MiniSearch<IndexedPassage>, query: IndexQuery) {
  const options: SearchOptions = { tokenize: (t) => t.split(' '), processTerm: (t) => t, boostTerm: query.boostTerm }
  const within = query.within
  if (within) options.filter = (r) => (r.id as number) >= within.start && (r.id as number) < within.end
  return index.search(query.terms.join(' '), options).slice(0, query.limit)
    .map((r) => ({ id: r.id as number, score: r.score, terms: r.terms, queryTerms: r.queryTerms }))
}

const vocabulary = [...new Set(PASSAGES.flatMap((p) => tokenizeWords(p).flatMap((w) => normalizeTerm(w) ?? [])))]

// Index terms, their prefixes (prefix matches), one-letter changes (fuzzy matches) and unknown words.
const term = fc.oneof(
  fc.constantFrom(...vocabulary),
  fc.constantFrom(...vocabulary).map((t) => t.slice(0, Math.max(2, t.length - 2))),
  fc.tuple(fc.constantFrom(...vocabulary), fc.nat(), fc.constantFrom('a', 'e', 'x')).map(([t, i, c]) => {
    const at = i % t.length
    return t.slice(0, at) + c + t.slice(at + 1)
  }),
  fc.constantFrom('quidditch', 'zzz', '2024', '6000'),
)

const queryOf = fc.record({
  terms: fc.uniqueArray(term, { minLength: 1, maxLength: 6 }),
  weights: fc.array(fc.constantFrom(1, 0.5, 0.6), { minLength: 6, maxLength: 6 }),
  within: fc.option(fc.tuple(fc.nat(7), fc.integer({ min: 1, max: 8 })).map(([start, n]) => ({ start, end: start + n })), { nil: undefined }),
  limit: fc.integer({ min: 1, max: 10 }),
}).map(({ terms, weights, within, limit }): IndexQuery => ({
  terms,
  boostTerm: (t) => weights[terms.indexOf(t)] ?? 1,
  ...(within ? { within } : {}),
  limit,
}))

describe('searchIndex', () => {
  it('returns what MiniSearch returns, bit for bit, for any query', () => {
    const index = indexOf(PASSAGES)
    fc.assert(fc.property(queryOf, (query) => {
      expect(searchIndex(index, query)).toEqual(reference(index, query))
    }), { numRuns: 400 })
  })

  it('keeps MiniSearch order among equal scores', () => {
    // Identical passages score the same: MiniSearch keeps them in the order they matched.
    const index = indexOf(['Rounds were fired.', 'Rounds were fired.', 'Shells were fired.', 'Rounds were fired.'])
    const query = { terms: ['round', 'fire'], boostTerm: () => 1, limit: 4 }
    expect(searchIndex(index, query).map((r) => r.id)).toEqual([0, 1, 3, 2])
    expect(searchIndex(index, query)).toEqual(reference(index, query))
  })

  it('lists matched index terms as MiniSearch does, numbers first', () => {
    // MiniSearch reports `Object.keys` of an object: "2024" comes before "round" whatever the match order.
    const index = indexOf(PASSAGES)
    const query = { terms: ['round', '2024'], boostTerm: () => 1, limit: 3 }
    expect(searchIndex(index, query)[0]?.terms).toEqual(['2024', 'round'])
    expect(searchIndex(index, query)).toEqual(reference(index, query))
  })

  it('gives a repeated term to MiniSearch, which counts it twice in the score', () => {
    const index = indexOf(PASSAGES)
    const query = { terms: ['round', 'round', 'warsaw'], boostTerm: () => 1, limit: 5 }
    expect(searchIndex(index, query)).toEqual(reference(index, query))
  })

  it('follows an index that gained or lost a document since its last search', () => {
    const index = indexOf(PASSAGES)
    const query = { terms: ['round', 'warsaw', 'product'], boostTerm: () => 1, limit: 8 }
    searchIndex(index, query)
    index.add({ id: 8, text: 'Rounds and more rounds reached Warsaw.', heading: '', title: 'Article 0' })
    expect(searchIndex(index, query)).toEqual(reference(index, query))
    index.discard(0)
    expect(searchIndex(index, query)).toEqual(reference(index, query))
  })

  it('never mixes two indexes searched in turn (scratch space is per index)', () => {
    const a = indexOf(PASSAGES)
    const b = indexOf(PASSAGES.slice(3))
    const query = { terms: ['round', 'warsaw', 'product'], boostTerm: () => 1, limit: 8 }
    for (let i = 0; i < 3; i++) {
      expect(searchIndex(a, query)).toEqual(reference(a, query))
      expect(searchIndex(b, query)).toEqual(reference(b, query))
    }
    expect(searchIndex(a, query)).not.toEqual(searchIndex(b, query))
  })

  it('returns the same with the build\'s near-term table, without walking the index for known terms', () => {
    const index = indexOf(PASSAGES)
    const table = nearTerms(index)!
    // The passages have both kinds ("product" → "production", "produc" ~ "product"): the table is exercised.
    const distances = Object.values(table).flatMap((pairs) => pairs.split(' ').filter((_, i) => i % 2 === 1).map(Number))
    expect(distances.some((d) => d === 0)).toBe(true)
    expect(distances.some((d) => d > 0)).toBe(true)
    fc.assert(fc.property(queryOf, (query) => {
      expect(searchIndex(index, { ...query, nearTerms: table })).toEqual(reference(index, query))
    }), { numRuns: 400 })
    const tree = (index as unknown as { _index: Record<'fuzzyGet' | 'atPrefix', (...args: unknown[]) => unknown> })._index
    const walked: unknown[] = []
    for (const name of ['fuzzyGet', 'atPrefix'] as const) {
      const walk = tree[name].bind(tree)
      tree[name] = (...args) => (walked.push(args[0]), walk(...args))
    }
    const known = Object.keys(table)[0]!
    searchIndex(index, { terms: [known, 'quidditch'], boostTerm: () => 1, limit: 3, nearTerms: table })
    expect(walked).toEqual(['quidditch', 'quidditch'])
  })
})
