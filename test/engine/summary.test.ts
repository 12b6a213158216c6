import { describe, expect, it } from 'vitest'
import { buildCorpus } from '../../src/engine/build/build-corpus'
import { createEngine } from '../../src/engine/engine'
import { DocumentRequiredError } from '../../src/engine/errors'
import { wordCount } from '../../src/engine/summary/budget'
import { rankKeySentences } from '../../src/engine/summary/key-sentences'
import { engineFrom, SEED, SEED_ID } from '../helpers/engine'

const BRIDGES = {
  name: 'harbour-bridges.txt',
  content: 'The city will repair 12 bridges by 2026.\n\nUp to 30,000 vehicles cross the Old Quay bridge daily, inspectors said.',
}

describe('key sentences on the seed', () => {
  const summary = engineFrom().summarize({})

  it('mentions the call to boost ammunition production, 6,000 vs 60,000 rounds and the EU’s one million rounds by 2024', () => {
    expect(summary.sentences).toHaveLength(3)
    const text = summary.sentences.map((s) => s.text).join(' ')
    expect(text).toMatch(/Smith.*bolster the production of ammunition for Ukraine/)
    expect(text).toContain('up to 6,000 rounds daily')
    expect(text).toContain('60,000 shells')
    expect(text).toMatch(/EU will be ready to ship one million rounds of ammunition to Ukraine by 2024/)
    expect(summary.summary).toContain('up to 6,000 rounds daily')
  })

  it('returns sentences in document order, each traceable by paragraph and offsets', () => {
    const engine = engineFrom()
    const paragraphs = engine.document(SEED_ID).paragraphs
    const positions = summary.sentences.map((s) => [s.paragraph, s.start] as const)
    expect(positions).toEqual([...positions].sort((a, b) => a[0] - b[0] || a[1] - b[1]))
    for (const s of summary.sentences) expect(paragraphs[s.paragraph]!.text.slice(s.start, s.end)).toBe(s.text)
  })

  it('stores salience and a key rank on every sentence at build time', () => {
    const { corpus } = buildCorpus([SEED])
    const sentences = corpus.passages.flatMap((p) => p.sentences)
    expect(sentences.every((s) => typeof s.salience === 'number' && s.salience >= 0 && s.salience <= 1)).toBe(true)
    expect(sentences.map((s) => s.keyRank).sort((a, b) => a! - b!)).toEqual(sentences.map((_, i) => i))
  })
})

describe('budgets', () => {
  const engine = engineFrom()

  it('sentences=N gives N sentences, and each shorter summary is a subset of the longer one', () => {
    const texts = (n: number) => engine.summarize({ sentences: n }).sentences.map((s) => s.text)
    for (let n = 1; n <= 5; n++) {
      expect(texts(n)).toHaveLength(n)
      expect(texts(n + 1)).toEqual(expect.arrayContaining(texts(n)))
    }
  })

  it('words=N keeps the total within N words once the best sentence fits', () => {
    for (const words of [40, 60, 100, 200]) {
      const picked = engine.summarize({ words }).sentences
      expect(picked.length).toBeGreaterThan(0)
      expect(picked.reduce((n, s) => n + wordCount(s.text), 0)).toBeLessThanOrEqual(words)
    }
  })

  it('words below the best sentence’s length still return that sentence', () => {
    const best = engine.summarize({ sentences: 1 }).sentences
    expect(engine.summarize({ words: 10 }).sentences).toEqual(best)
  })

  it('applies sentences and words together', () => {
    const picked = engine.summarize({ sentences: 2, words: 500 }).sentences
    expect(picked).toHaveLength(2)
  })
})

describe('edge documents', () => {
  it('summarises a one-sentence article with that sentence', () => {
    const engine = engineFrom([{ name: 'one.txt', content: 'The city council approved a new library on Monday.' }])
    const summary = engine.summarize({ sentences: 3 })
    expect(summary.sentences.map((s) => s.text)).toEqual(['The city council approved a new library on Monday.'])
    expect(summary.summary).toContain('approved a new library')
  })

  it('summarises an empty article with no sentences and says so', () => {
    const engine = engineFrom([{ name: 'empty-note.md', content: '---\ntitle: Empty note\n---\n' }])
    const summary = engine.summarize({})
    expect(summary.sentences).toEqual([])
    expect(summary.facts.people).toEqual([])
    expect(summary.summary).toBe('Empty note: there is no text to summarise.')
  })
})

describe('query-focused summaries', () => {
  it('picks the sentences about the topic, in document order', () => {
    const summary = engineFrom().summarize({ q: 'European Commission pledge', sentences: 1 })
    expect(summary.q).toBe('European Commission pledge')
    expect(summary.sentences).toHaveLength(1)
    expect(summary.sentences[0]!.text).toContain('Ursula von der Leyen')
    expect(summary.summary).toContain('on "European Commission pledge"')
  })

  it('spans every document when no doc is given, and needs doc without q', () => {
    const engine = engineFrom([SEED, BRIDGES])
    const summary = engine.summarize({ q: 'bridges vehicles', sentences: 2 })
    expect(summary.documentId).toBe('*')
    expect(summary.sentences.every((s) => s.documentId === 'harbour-bridges')).toBe(true)
    expect(() => engine.summarize({})).toThrow(DocumentRequiredError)
  })

  it('returns no sentences when nothing matches the topic', () => {
    const summary = engineFrom().summarize({ q: 'football world cup' })
    expect(summary.sentences).toEqual([])
    expect(summary.summary).toContain('nothing in the articles matches "football world cup"')
  })
})

describe('rankKeySentences', () => {
  it('prefers a sentence stating a figure over a vaguer one, and orders every sentence once', () => {
    const sentences = [
      { text: 'Officials talked about the situation at length on a call.' },
      { text: 'The army fired 6,000 shells at the front each day.', facts: ['6000'] },
      { text: 'Officials talked about the situation again later.' },
    ]
    const { order, salience } = rankKeySentences(sentences, { leadFirst: false })
    expect(order[0]).toBe(1)
    expect([...order].sort()).toEqual([0, 1, 2])
    expect(Math.max(...salience)).toBe(1)
    expect(rankKeySentences(sentences).order[0]).toBe(0)
  })

  it('does not put a short first sentence first', () => {
    const { order } = rankKeySentences([
      { text: 'Scroll down for video.' },
      { text: 'The army fired 6,000 shells at the front each day.', facts: ['6000'] },
    ])
    expect(order).toEqual([1, 0])
  })

  it('returns nothing for no sentences', () => {
    expect(rankKeySentences([])).toEqual({ salience: [], order: [] })
  })
})

it('the engine uses the stored ranks, not the lead, when they disagree', () => {
  const built = buildCorpus([SEED])
  const lead = built.corpus.passages.flatMap((p) => p.sentences.map((s) => p.text.slice(s.start, s.end))).slice(0, 3)
  const picked = createEngine(built).summarize({ sentences: 3 }).sentences.map((s) => s.text)
  expect(picked).toHaveLength(3)
  expect(picked).not.toEqual(lead)
  expect(picked[0]).toBe(lead[0])
})
