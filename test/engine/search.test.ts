/**
 * Retrieval: number and possessive folding, acronyms found in the content, curated synonyms,
 * typo correction, precomputed sentence terms and highlights, and ranking on the seed article.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildSynonyms, findAcronyms } from '../../src/engine/build/acronyms'
import { highlight, highlightPassage } from '../../src/engine/search/highlights'
import { analyzeQuery } from '../../src/engine/search/query'
import { termsOf } from '../../src/engine/search/sentence-terms'
import { correctWord } from '../../src/engine/search/typos'
import { buildCorpus } from '../../src/engine/build/build-corpus'
import { engineFrom, SEED, SEED_ID } from '../helpers/engine'

/** Paragraph indexes of the top hits for a question. */
const top = (files: { name: string; content: string }[] | { name: string; content: string }, question: string, k = 3) =>
  engineFrom([files].flat()).search({ question, k }).map((h) => h.paragraph)

const ARTICLE = {
  name: 'defence.txt',
  content: [
    'The Center for European Policy Analysis (CEPA) held its annual forum in Warsaw on Monday.',
    'Factories in Poland produced 6000 shells last month, officials said.',
    'Germany\'s ammunition plants are running three shifts to meet demand from Kyiv.',
    'Speakers at CEPA warned that stockpiles across Europe remain low.',
    'The weather in Warsaw was cold and rainy throughout the week.',
  ].join('\n\n'),
}

describe('term folding in search', () => {
  it('finds "6000" when asked about "6,000" and the other way round', () => {
    expect(top([ARTICLE], 'Who produced 6,000 shells?')[0]).toBe(1)
    const written = { name: 'n.txt', content: 'Smith counted 6,000 rounds.\n\nNothing else happened here today.' }
    expect(top([written], 'Who counted 6000 rounds?')[0]).toBe(0)
  })

  it('keeps single capital letters (variables, "Plan B") but not "A" or "I"', () => {
    const classes = { name: 'c.txt', content: 'The class P holds easy problems.\n\nThe class L holds log-space problems.\n\nA class I like holds none.' }
    expect(top(classes, 'What does class L hold?')[0]).toBe(1)
    expect(termsOf('A plan I made: Plan B')).toEqual(['plan', 'made', 'plan', 'b'])
  })

  it("matches a possessive with the bare name: Germany's ↔ Germany", () => {
    expect(top([ARTICLE], 'What are plants in Germany doing?')[0]).toBe(2)
  })
})

describe('acronyms found in the content', () => {
  it('reads "Long Name (ACRONYM)", including small words the acronym spells', () => {
    expect(findAcronyms('the Center for European Policy Analysis (CEPA) said')).toEqual([
      { acronym: 'CEPA', expansion: 'Center for European Policy Analysis' },
    ])
    expect(findAcronyms('according to Voice of America (VOA).')).toEqual([{ acronym: 'VOA', expansion: 'Voice of America' }])
    expect(findAcronyms('He met Smith (CEO) at noon.')).toEqual([])
  })

  it('stores the expansion both ways in the corpus', () => {
    const { corpus } = buildCorpus([ARTICLE])
    expect(corpus.search?.synonyms['cepa']).toEqual(['center european polici analysi'])
    expect(corpus.search?.synonyms['center european polici analysi']).toEqual(['cepa'])
  })

  it('finds a passage that only uses the acronym when asked with the long name', () => {
    expect(top([ARTICLE], 'Which stockpiles did speakers at the Center for European Policy Analysis say were low?')[0]).toBe(3)
    // The phrase's expansion counts for all four of its words, not one.
    const query = analyzeQuery(buildCorpus([ARTICLE]).corpus, 'Center for European Policy Analysis')
    expect(query.terms.find((t) => t.term === 'cepa')?.groups).toEqual([0, 1, 2, 3])
  })

  it('keeps an acronym defined inconsistently to its frequent long forms', () => {
    const texts = [...Array(6).fill('the European Union (EU) met'), 'the Extra Unit (EU) left']
    expect(buildSynonyms(texts)['eu']).toContain('european union')
    expect(buildSynonyms(texts)['eu']).not.toContain('extra unit')
  })
})

describe('curated synonyms', () => {
  it('finds "ammunition" when asked about "ammo"', () => {
    expect(top([ARTICLE], 'Which ammo plants run three shifts?')[0]).toBe(2)
    const terms = analyzeQuery(buildCorpus([ARTICLE]).corpus, 'ammo plants').terms.map((t) => t.term)
    expect(terms).toContain('ammunit')
  })

  it('reads common paraphrases alike ("founded" finds "established", "biggest" finds "largest")', () => {
    const corpus = buildCorpus([{ name: 'town.txt', content: 'The abbey was established in 1050.\n\nThe largest market sells fish.' }]).corpus
    expect(analyzeQuery(corpus, 'When was the abbey founded?').terms.map((t) => t.term)).toContain('establish')
    expect(analyzeQuery(corpus, 'What does the biggest market sell?').terms.map((t) => t.term)).toContain('largest')
  })

  it('reads British and American family words alike ("mother" finds "Mum Heather")', () => {
    const engine = engineFrom([{ name: 'faith.txt', content: 'Faith lives in Essex with Mum Heather and two sisters.\n\nShe runs a bakery.' }], { abstainBelow: 0 })
    expect(engine.ask({ question: "What is the name of Faith's mother?" }).answer?.text).toMatch(/Heather$/)
  })
})

describe('typo tolerance', () => {
  it('corrects a misspelt word to the nearest corpus word with the same first letter', () => {
    const { corpus } = buildCorpus([ARTICLE])
    expect(correctWord(corpus.search!, 'amunition')).toBe('ammunition')
    expect(correctWord(corpus.search!, 'stockpils')).toBe('stockpiles')
    // Different first letter, or too short: left alone.
    expect(correctWord(corpus.search!, 'xtockpiles')).toBeUndefined()
    expect(correctWord(corpus.search!, 'warm')).toBeUndefined()
  })

  it('ranks the right passage for a misspelt question', () => {
    expect(top([ARTICLE], 'Which amunition plants run three shifts?')[0]).toBe(2)
  })

  it('corrects at most eight words of a question', () => {
    const words = ['artillery', 'battalion', 'commander', 'dispatch', 'embassy', 'frontline', 'garrison', 'helicopter', 'infantry', 'journalist', 'kilometre', 'logistics']
    const corpus = buildCorpus([{ name: 'w.txt', content: `${words.join(' ')}.` }]).corpus
    // Each word loses its second letter: twelve distinct misspellings, each one edit from a corpus word.
    const query = analyzeQuery(corpus, words.map((w) => w[0] + w.slice(2)).join(' '))
    expect(query.terms.filter((t) => t.weight < 1)).toHaveLength(8)
  })

  it('reports question words the corpus lacks and cannot correct', () => {
    const query = analyzeQuery(buildCorpus([SEED]).corpus, 'Who won the 2022 World Cup?')
    expect(query.missing).toEqual(expect.arrayContaining(['world', 'cup']))
  })
})

describe('precomputed sentence terms', () => {
  it('stores each sentence\'s terms and their offsets at build time', () => {
    const { corpus } = buildCorpus([SEED])
    for (const p of corpus.passages) {
      for (const s of p.sentences) {
        expect(s.terms).toEqual(termsOf(p.text.slice(s.start, s.end)))
        expect(s.termOffsets).toHaveLength(2 * s.terms!.length)
      }
    }
  })

  it('highlights from stored offsets exactly as tokenizing the passage would', () => {
    const vocabulary = ['Ukraine', "Ukraine's", 'fired', '6,000', 'rounds', 'daily', 'the', 'NATO', 'U.S.', 'said', 'shells', 'in']
    const sentence = fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 12 }).map((w) => `${w.join(' ')}.`)
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.subarray(['ukrain', 'fire', '6000', 'round', 'nato', 'us', 'shell']), (sentences, terms) => {
        const { corpus } = buildCorpus([{ name: 'p.txt', content: sentences.join(' ') }])
        const passage = corpus.passages[0]!
        const wanted = new Set(terms)
        expect(highlightPassage(passage, wanted)).toEqual(highlight(passage.text, wanted))
      }),
      { numRuns: 40 },
    )
  })
})

describe('any question', () => {
  it('treats words named like object properties as plain words', () => {
    const content = 'The constructor of the bridge was paid. Its toString method was mentioned.\n\nNothing else.'
    const built = buildCorpus([{ name: 'c.txt', content }])
    expect(built.corpus.search?.df['constructor']).toBe(1)
    const engine = engineFrom([{ name: 'c.txt', content }])
    expect(engine.search({ question: 'Who was the constructor?' })[0]?.paragraph).toBe(0)
    expect(() => engineFrom().search({ question: 'What is the constructor of hasOwnProperty?' })).not.toThrow()
  })

  it('never throws and returns at most k passages of the asked document', () => {
    const engine = engineFrom([SEED, ARTICLE])
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 1, max: 20 }), fc.constantFrom(undefined, SEED_ID, 'defence'), (question, k, doc) => {
        const hits = engine.search({ question, k, doc })
        expect(hits.length).toBeLessThanOrEqual(k)
        if (doc) for (const h of hits) expect(h.documentId).toBe(doc)
        for (const h of hits) for (const [start, end] of h.highlights) expect(end).toBeGreaterThan(start)
      }),
      { numRuns: 100 },
    )
  })
})

describe('ranking on the seed article', () => {
  it('puts paragraph 4 first for "How many rounds was Ukraine firing daily?"', () => {
    const hits = engineFrom().search({ question: 'How many rounds was Ukraine firing daily?', doc: SEED_ID, k: 5 })
    expect(hits[0]?.paragraph).toBe(4)
    const [start, end] = hits[0]!.highlights.find(([s, e]) => hits[0]!.text.slice(s, e) === 'rounds') ?? []
    expect(hits[0]!.text.slice(start, end)).toBe('rounds')
  })

  it('finds the CEPA forum paragraph from the acronym alone', () => {
    expect(engineFrom().search({ question: 'What does CEPA stand for?', k: 1 })[0]?.paragraph).toBe(1)
  })

  it('returns nothing for a question with no word the corpus has', () => {
    expect(engineFrom().search({ question: 'Quidditch tournament winners?', k: 3 })).toEqual([])
  })
})
