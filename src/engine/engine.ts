/**
 * @module
 * The engine's whole public surface: `createEngine(built)` returns ask, search, summarize and
 * the document listing. It loads the serialized index once and never re-indexes.
 */
import MiniSearch from 'minisearch'
import { ask } from './ask'
import { DocumentRequiredError, UnknownDocumentError } from './errors'
import type { AskResult, DocumentDetail, DocumentSummary, PassageHit, SummaryResult } from './results'
import { toHits } from './search/hits'
import { searchIndexOptions, type IndexedPassage } from './search/options'
import { findDocument, retrieve } from './search/retrieve'
import { summarizeDocument } from './summary/summarize'
import type { BuiltCorpus, Corpus, DocumentMeta } from './types'

/** Engine settings; doors fill them from configuration. */
export interface EngineOptions {
  /** Confidence below which `ask` abstains (0–1). Default 0.35. */
  abstainBelow?: number
}

/** Limits shared by every door; documented in the README. */
export const LIMITS = { questionLength: 1000, maxK: 20, defaultK: 3, maxSentences: 10, defaultSentences: 3 } as const

/** A question to `ask` or a query to `search`. */
export interface AskInput {
  question: string
  doc?: string
  k?: number
}

/** The engine as every door sees it. */
export interface Engine {
  readonly corpus: Corpus
  ask(input: AskInput): AskResult
  search(input: AskInput): PassageHit[]
  summarize(input: { doc?: string; sentences?: number }): SummaryResult
  documents(): DocumentSummary[]
  document(id: string): DocumentDetail
}

/**
 * Loads a built corpus into a ready engine.
 *
 * @example
 * ```ts
 * const engine = createEngine(buildCorpus([{ name: 'a.txt', content: 'Smith fired 6,000 rounds.' }]))
 * engine.ask({ question: 'How many rounds did Smith fire?' }).answer?.text
 * ```
 */
export function createEngine(built: BuiltCorpus, options: EngineOptions = {}): Engine {
  const { corpus } = built
  const index = MiniSearch.loadJSON<IndexedPassage>(built.index, searchIndexOptions)
  const abstainBelow = options.abstainBelow ?? 0.35

  const documentOf = (id: string): DocumentMeta => {
    const found = findDocument(corpus, id)
    if (!found) throw new UnknownDocumentError(id, corpus.documents.map((d) => d.id))
    return found
  }
  const metaSummary = (d: DocumentMeta): DocumentSummary => ({
    id: d.id, title: d.title, ...(d.date ? { date: d.date } : {}), ...(d.source ? { source: d.source } : {}),
    ...(d.url ? { url: d.url } : {}), passages: d.passageCount,
  })

  const documentFor = (doc: string | undefined) => (doc === undefined ? undefined : documentOf(doc))
  const context = { corpus, index, abstainBelow, documentOf }

  return {
    corpus,
    search: ({ question, doc, k = LIMITS.defaultK }) =>
      toHits(corpus, retrieve(index, corpus, question, { document: documentFor(doc), limit: k })),
    ask: ({ question, doc, k = LIMITS.defaultK }) => ask(context, { question, document: documentFor(doc), k }),
    summarize({ doc, sentences = LIMITS.defaultSentences }) {
      if (doc === undefined && corpus.documents.length !== 1) throw new DocumentRequiredError(corpus.documents.map((d) => d.id))
      const document = doc === undefined ? corpus.documents[0]! : documentOf(doc)
      return summarizeDocument(corpus, document, { sentences })
    },
    documents: () => corpus.documents.map(metaSummary),
    document(id) {
      const d = documentOf(id)
      const paragraphs = corpus.passages.slice(d.firstPassage, d.firstPassage + d.passageCount)
        .map((p) => ({ paragraph: p.paragraph, ...(p.heading ? { heading: p.heading } : {}), text: p.text }))
      return { ...metaSummary(d), paragraphs }
    },
  }
}
