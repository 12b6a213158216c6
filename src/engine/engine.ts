/**
 * @module
 * The engine's whole public surface: `createEngine(built)` returns ask, search, summarize and
 * the document listing. It loads the serialized index once and never re-indexes.
 */
import MiniSearch from 'minisearch'
import { answerQuestion } from './answer/answer'
import { DocumentRequiredError, UnknownDocumentError } from './errors'
import type { AskResult, DocumentDetail, DocumentSummary, PassageHit, SummaryResult } from './results'
import { highlight } from './search/highlights'
import { searchIndexOptions, type IndexedPassage } from './search/options'
import { findDocument, retrieve } from './search/retrieve'
import { renderText } from './summary/render'
import { summarizeDocument } from './summary/summarize'
import { DEFAULT_ANSWER_TEMPLATE } from './summary/templates'
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

  const search = ({ question, doc, k = LIMITS.defaultK }: AskInput) => {
    const document = doc === undefined ? undefined : documentOf(doc)
    const retrieved = retrieve(index, question, { document, limit: k })
    const hits: PassageHit[] = retrieved.map((r, i) => {
      const p = corpus.passages[r.id]!
      return {
        rank: i + 1, documentId: p.documentId, paragraph: p.paragraph, score: Math.round(r.score * 1000) / 1000,
        ...(p.heading ? { heading: p.heading } : {}), text: p.text, highlights: highlight(p.text, new Set(r.terms)),
      }
    })
    return { retrieved, hits }
  }

  return {
    corpus,
    search: (input) => search(input).hits,
    ask(input) {
      const { retrieved, hits } = search(input)
      const { answer, abstention } = answerQuestion(input.question, retrieved, corpus, { abstainBelow })
      const top = hits[0]
      const view = answer
        ? { answer: { ...answer, source: metaSummary(documentOf(answer.documentId)) } }
        : { answer: null, closest: top ? { ...top, source: metaSummary(documentOf(top.documentId)) } : null }
      const summary = renderText(DEFAULT_ANSWER_TEMPLATE, view)
      return { question: input.question, answer, ...(abstention ? { abstention } : {}), passages: hits, summary }
    },
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
