import { describe, expect, it } from 'vitest'
import { buildCorpus } from '../../src/engine/build/build-corpus'
import { parseDocument } from '../../src/engine/content/parse-document'
import { createEngine } from '../../src/engine/engine'
import { SEED, SEED_ID } from '../helpers/engine'

describe('the seed article', () => {
  const doc = parseDocument(SEED)

  it('reads the leading date token as the date, not as text', () => {
    expect(doc.id).toBe(SEED_ID)
    expect(doc.date).toBe('2023-09-28')
    expect(doc.passages[0]!.text.startsWith('US Ambassador to NATO, Julianne Smith')).toBe(true)
    expect(doc.passages.some((p) => p.text.includes('date 2023'))).toBe(false)
  })

  it('derives a title from the file name, cased as the text cases it', () => {
    expect(doc.title).toBe('NATO ammunition')
  })

  it('sets the subheading aside as the label of the passages after it', () => {
    const heading = 'NATO overhaul production lines of defence products for Ukraine'
    expect(doc.passages).toHaveLength(5)
    expect(doc.passages.map((p) => p.heading)).toEqual([undefined, undefined, undefined, heading, heading])
    expect(doc.passages.some((p) => p.text === heading)).toBe(false)
  })
})

describe('parseDocument', () => {
  it('reads Markdown front matter and headings', () => {
    const doc = parseDocument({
      name: 'report.md',
      content: '---\ntitle: "Grain exports"\ndate: 2024-03-01\nsource: Example Wire\nurl: https://example.com/grain\n---\n\n## Ports\n\nShips left **Odesa** in [March](https://x.y).\n',
    })
    expect(doc).toMatchObject({ id: 'report', title: 'Grain exports', date: '2024-03-01', source: 'Example Wire', url: 'https://example.com/grain' })
    expect(doc.passages).toEqual([{ heading: 'Ports', text: 'Ships left Odesa in March.' }])
  })

  it('takes a level-1 Markdown heading as the title when front matter has none', () => {
    const doc = parseDocument({ name: 'x.md', content: '# Harvest report\n\nWheat rose. Corn fell.' })
    expect(doc.title).toBe('Harvest report')
    expect(doc.passages.map((p) => p.text)).toEqual(['Wheat rose. Corn fell.'])
  })

  it('falls back to the first sentence for a file name without words', () => {
    const doc = parseDocument({ name: 'a1.txt', content: 'Wheat prices rose sharply in March. Corn fell.' })
    expect(doc.title).toBe('Wheat prices rose sharply in March')
  })

  it('fails clearly on malformed front matter', () => {
    expect(() => parseDocument({ name: 'bad.md', content: '---\ntitle: [unclosed\n---\nText.' })).toThrow(/bad\.md: front matter/)
  })

  it('cuts a one-line article into passages of whole sentences', () => {
    const sentences = Array.from({ length: 12 }, (_, i) => `Sentence number ${i + 1} says something about the harvest in the region this year.`)
    const doc = parseDocument({ name: 'news.txt', content: sentences.join(' ') })
    expect(doc.passages.length).toBeGreaterThan(1)
    expect(doc.passages.map((p) => p.text).join(' ')).toBe(sentences.join(' '))
    for (const p of doc.passages) expect(p.text).toMatch(/\.$/)
  })

  it('treats each line as a paragraph when there are no blank lines', () => {
    const doc = parseDocument({ name: 'lines.txt', content: 'First paragraph here.\nSecond paragraph here.' })
    expect(doc.passages.map((p) => p.text)).toEqual(['First paragraph here.', 'Second paragraph here.'])
  })

  it('handles Windows line endings and a byte-order mark', () => {
    const doc = parseDocument({ name: 'w.txt', content: '\uFEFFdate 2024-01-02 One.\r\n\r\nTwo.' })
    expect(doc.date).toBe('2024-01-02')
    expect(doc.passages.map((p) => p.text)).toEqual(['One.', 'Two.'])
  })
})

describe('buildCorpus', () => {
  it('numbers paragraphs per document and keeps them stable when another file is added', () => {
    const a = { name: 'b-doc.txt', content: 'Alpha one.\n\nAlpha two.' }
    const before = buildCorpus([a]).corpus.passages.map((p) => [p.documentId, p.paragraph])
    const after = buildCorpus([{ name: 'a-doc.txt', content: 'Other.' }, a]).corpus.passages.filter((p) => p.documentId === 'b-doc').map((p) => [p.documentId, p.paragraph])
    expect(after).toEqual(before)
  })

  it('rejects two files with the same id', () => {
    expect(() => buildCorpus([{ name: 'x.txt', content: 'A.' }, { name: 'x.md', content: 'B.' }])).toThrow(/x\.txt.*"x"|x\.md.*"x"/)
  })

  it('changes the version when the content changes', () => {
    const one = buildCorpus([{ name: 'x.txt', content: 'A.' }]).corpus.version
    const same = buildCorpus([{ name: 'x.txt', content: 'A.' }]).corpus.version
    const other = buildCorpus([{ name: 'x.txt', content: 'B.' }]).corpus.version
    expect(one).toBe(same)
    expect(other).not.toBe(one)
  })

  it('makes a second article searchable and lets doc filter to it', () => {
    const grain = { name: 'grain-exports.md', content: '---\ntitle: Grain exports\n---\nUkraine shipped 4 million tonnes of grain through Odesa.\n\nPrices rose.' }
    const engine = createEngine(buildCorpus([SEED, grain]))
    const hits = engine.search({ question: 'How much grain did Ukraine ship?', doc: 'grain-exports' })
    expect(hits[0]).toMatchObject({ documentId: 'grain-exports', paragraph: 0 })
    expect(hits.every((h) => h.documentId === 'grain-exports')).toBe(true)
    const seedOnly = engine.search({ question: 'Ukraine', doc: SEED_ID, k: 20 })
    expect(seedOnly.length).toBeGreaterThan(0)
    expect(seedOnly.every((h) => h.documentId === SEED_ID)).toBe(true)
  })
})
