/**
 * @module
 * Content files → corpus + serialized MiniSearch index. This is the build step's engine half:
 * `scripts/build.ts` reads `content/` and writes what this returns into `src/generated/`.
 */
import MiniSearch from 'minisearch'
import { parseDocument, type SourceFile } from '../content/parse-document'
import { extractSpans } from '../entities/extract-spans'
import { searchIndexOptions, type IndexedPassage } from '../search/options'
import type { SearchStats } from '../search/stats'
import { annotateSummaries } from '../summary/build-summaries'
import { splitSentences } from '../text/sentences'
import type { BuiltCorpus, Corpus, DocumentMeta, Passage } from '../types'
import { buildSynonyms } from './acronyms'
import { contentHash } from './hash'
import { nameTerms } from './name-terms'
import { nearTerms } from './near-terms'
import { computeTermStats } from './term-stats'

/** Bump when the shape or meaning of generated data changes, so ETags change with it. */
export const BUILD_FORMAT = 1

/**
 * Parses, annotates and indexes content files. Files are taken in name order so passage ids
 * are stable; duplicate ids (same name, different extension) are an error.
 *
 * @example
 * ```ts
 * const { corpus, index } = buildCorpus([{ name: 'a.txt', content: 'Hello world.' }])
 * ```
 */
export function buildCorpus(files: SourceFile[]): BuiltCorpus {
  const documents: DocumentMeta[] = []
  const passages: Passage[] = []
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const file of sorted) {
    const parsed = parseDocument(file)
    if (documents.some((d) => d.id === parsed.id)) {
      throw new Error(`${file.name}: another file already has the document id "${parsed.id}"`)
    }
    const { passages: raw, ...meta } = parsed
    documents.push({ ...stripUndefined(meta), firstPassage: passages.length, passageCount: raw.length })
    raw.forEach((p, paragraph) => {
      const sentences = splitSentences(p.text)
      const passage: Passage = { documentId: parsed.id, paragraph, text: p.text, sentences, spans: extractSpans(p.text, sentences, { date: parsed.date }) }
      if (p.heading !== undefined) passage.heading = p.heading
      passages.push(passage)
    })
  }

  annotateSummaries(documents, passages)

  const index = new MiniSearch<IndexedPassage>(searchIndexOptions)
  index.addAll(
    passages.map((p, id) => ({ id, text: p.text, heading: p.heading ?? '', title: documents.find((d) => d.id === p.documentId)!.title })),
  )
  // Term statistics and expansions for retrieval; also sets each sentence's `terms`.
  const search: SearchStats = { ...computeTermStats(passages), synonyms: buildSynonyms(passages.map((p) => p.text)) }
  const near = nearTerms(index)
  if (near) search.nearTerms = near
  const body = { documents, passages, search, names: nameTerms(passages) }
  const corpus: Corpus = { version: contentHash(`${BUILD_FORMAT}:${JSON.stringify(body)}`), ...body }
  return { corpus, index: JSON.stringify(index) }
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}
