/**
 * @module
 * A deterministic synthetic corpus of any size for benchmarks: the seed article's sentences,
 * recombined into passages and varied without moving any offset (digits become other digits,
 * names and some words become made-up words of the same length), so the spans the build found
 * in the seed stay valid and the expensive entity step runs once, on the seed only.
 */
import MiniSearch from 'minisearch'
import { buildSynonyms } from '../src/engine/build/acronyms'
import { buildCorpus } from '../src/engine/build/build-corpus'
import { nearTerms } from '../src/engine/build/near-terms'
import { computeTermStats } from '../src/engine/build/term-stats'
import { nameTerms } from '../src/engine/build/name-terms'
import type { SourceFile } from '../src/engine/content/parse-document'
import { searchIndexOptions, type IndexedPassage } from '../src/engine/search/options'
import type { SearchStats } from '../src/engine/search/stats'
import type { BuiltCorpus, DocumentMeta, Passage, Sentence, Span } from '../src/engine/types'

/** Shape of the generated corpus. */
export interface SyntheticOptions {
  passages: number
  /** Passages per document. Default 20. */
  perDocument?: number
  /** PRNG seed, so every run builds the same corpus. Default 1. */
  seed?: number
}

/** mulberry32: a small, fast, seedable PRNG. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SYLLABLES = 'ka lo mi ne ru sa te vo zi ba de fu go hi ja ki la mo nu pe ri so tu va we xi yo za'.split(' ')

/** A made-up word of exactly `length` letters. */
function pseudoWord(next: () => number, length: number, capital: boolean): string {
  let word = ''
  while (word.length < length) word += SYLLABLES[Math.floor(next() * SYLLABLES.length)]
  word = word.slice(0, length)
  return capital ? word[0]!.toUpperCase() + word.slice(1) : word
}

/** One sentence of the seed with its spans, offsets relative to the sentence. */
interface Template {
  text: string
  spans: Span[]
}

function templates(built: BuiltCorpus): Template[] {
  return built.corpus.passages.flatMap((p) =>
    p.sentences.map((s) => ({
      text: p.text.slice(s.start, s.end),
      spans: p.spans.filter((x) => x.start >= s.start && x.end <= s.end).map((x) => ({ ...x, start: x.start - s.start, end: x.end - s.start })),
    })),
  )
}

/** Varies a sentence without changing its length: digits, and some capitalised and long words. */
function vary(text: string, next: () => number, topic: string[]): string {
  return text.replace(/\p{N}|\p{Lu}\p{L}+|\p{L}{5,}/gu, (m) => {
    if (/^\p{N}$/u.test(m)) return String(Math.floor(next() * 10))
    const roll = next()
    // Most names and long words change, so a term's spread across passages is closer to a real
    // corpus's (in the seed every passage says "Ukraine"; in 5,000 articles few would).
    if (/^\p{Lu}/u.test(m)) return roll < 0.85 ? pseudoWord(next, m.length, true) : m
    if (roll < 0.6) return topic.find((w) => w.length === m.length && next() < 0.5) ?? pseudoWord(next, m.length, false)
    return m
  })
}

/**
 * Builds a synthetic corpus of `passages` passages (3–5 sentences each), indexed as the build
 * step indexes `content/`.
 *
 * @example
 * ```ts
 * const built = syntheticCorpus(seedFile, { passages: 5000 })
 * ```
 */
export function syntheticCorpus(seed: SourceFile, options: SyntheticOptions): BuiltCorpus {
  const next = random(options.seed ?? 1)
  const perDocument = options.perDocument ?? 20
  const pool = templates(buildCorpus([seed]))
  const documents: DocumentMeta[] = []
  const passages: Passage[] = []
  for (let d = 0; passages.length < options.passages; d++) {
    const id = `synthetic-${String(d).padStart(4, '0')}`
    // Each document has its own made-up topic words, as real articles have their own vocabulary.
    const topic = Array.from({ length: 40 }, () => pseudoWord(next, 5 + Math.floor(next() * 6), false))
    const count = Math.min(perDocument, options.passages - passages.length)
    documents.push({ id, title: `Synthetic article ${d}`, date: '2023-09-28', firstPassage: passages.length, passageCount: count })
    for (let paragraph = 0; paragraph < count; paragraph++) {
      let text = ''
      const sentences: Sentence[] = []
      const spans: Span[] = []
      for (let n = 3 + Math.floor(next() * 3); n > 0; n--) {
        const t = pool[Math.floor(next() * pool.length)]!
        const start = text === '' ? 0 : text.length + 1
        text = text === '' ? vary(t.text, next, topic) : `${text} ${vary(t.text, next, topic)}`
        sentences.push({ start, end: text.length })
        spans.push(...t.spans.map((s) => ({ ...s, start: s.start + start, end: s.end + start })))
      }
      passages.push({ documentId: id, paragraph, text, sentences, spans })
    }
  }
  const index = new MiniSearch<IndexedPassage>(searchIndexOptions)
  index.addAll(passages.map((p, id) => ({ id, text: p.text, heading: '', title: documents[Math.floor(id / perDocument)]!.title })))
  const search: SearchStats = { ...computeTermStats(passages), synonyms: buildSynonyms(passages.map((p) => p.text)) }
  const near = nearTerms(index)
  if (near) search.nearTerms = near
  return { corpus: { version: `synthetic-${options.passages}`, documents, passages, search, names: nameTerms(passages) }, index: JSON.stringify(index) }
}
