/**
 * @module
 * The engine's whole public surface: `createEngine(built)` returns ask, search, summarize and
 * the document listing. It loads the serialized index once and never re-indexes.
 */
import MiniSearch from 'minisearch'
import { DEFAULT_ABSTAIN_THRESHOLD } from './answer/confidence'
import { ask } from './ask'
import { DocumentRequiredError, UnknownDocumentError } from './errors'
import type { AskResult, DocumentDetail, DocumentSummary, PassageHit, SummaryResult } from './results'
import { toHits } from './search/hits'
import { searchIndexOptions, type IndexedPassage } from './search/options'
import { findDocument, retrieve } from './search/retrieve'
import type { RenderFormat } from './summary/render'
import { summarize } from './summary/summarize'
import { withOverrides, type TemplateSet } from './summary/templates'
import type { BuiltCorpus, Corpus, DocumentMeta } from './types'

/** Engine settings; doors fill them from configuration. */
export interface EngineOptions {
  /** Confidence below which `ask` abstains (0–1). Default `DEFAULT_ABSTAIN_THRESHOLD` (0.31, measured; README, Answers). */
  abstainBelow?: number
  /**
   * Templates that replace the defaults (`summary/templates.ts`), e.g. from `content/templates/`
   * via `src/generated/templates.ts`. The build has already checked them.
   */
  templates?: Partial<TemplateSet>
  /**
   * The index already loaded from `built.index`: engines that differ only in their options (one
   * per abstention threshold) share it instead of each parsing the serialized index again.
   */
  searchIndex?: MiniSearch<IndexedPassage>
}

/** Limits shared by every door; documented in the README. */
export const LIMITS = { questionLength: 1000, maxK: 20, defaultK: 3, maxSentences: 10, defaultSentences: 3, minWords: 10, maxWords: 500 } as const

/** A question to `ask` or a query to `search`. */
export interface AskInput {
  question: string
  doc?: string
  k?: number
}

/** A summary request: one document (required when there are several, unless `q` is set), or a topic. */
export interface SummarizeInput {
  doc?: string
  /** At most this many key sentences (default 3, or 10 when only `words` is set). */
  sentences?: number
  /** At most this many words (10–500 at the doors). */
  words?: number
  /** Summarise what the document (or, without `doc`, every document) says about this topic. */
  q?: string
  /** Format of the `summary` field. Default `text`. */
  format?: RenderFormat
}

/** The engine as every door sees it. */
export interface Engine {
  readonly corpus: Corpus
  ask(input: AskInput): AskResult
  search(input: AskInput): PassageHit[]
  summarize(input: SummarizeInput): SummaryResult
  documents(): DocumentSummary[]
  document(id: string): DocumentDetail
}

/**
 * The search index of a built corpus, parsed from its serialized form (`EngineOptions.searchIndex`).
 *
 * @example
 * ```ts
 * const searchIndex = loadSearchIndex(built)
 * const strict = createEngine(built, { abstainBelow: 0.5, searchIndex })
 * ```
 */
export function loadSearchIndex(built: Pick<BuiltCorpus, 'index'>): MiniSearch<IndexedPassage> {
  return MiniSearch.loadJSON<IndexedPassage>(built.index, searchIndexOptions)
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
  const index = options.searchIndex ?? loadSearchIndex(built)
  const abstainBelow = options.abstainBelow ?? DEFAULT_ABSTAIN_THRESHOLD

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
  const templates = withOverrides(options.templates)
  const context = { corpus, index, abstainBelow, documentOf, answerTemplate: templates.answer }

  return {
    corpus,
    search: ({ question, doc, k = LIMITS.defaultK }) =>
      toHits(corpus, retrieve(index, corpus, question, { document: documentFor(doc), limit: k })),
    ask: ({ question, doc, k = LIMITS.defaultK }) => ask(context, { question, document: documentFor(doc), k }),
    summarize({ doc, sentences, words, q, format }) {
      const several = corpus.documents.length !== 1
      // A topic can span every document; a plain summary needs one.
      if (doc === undefined && several && q === undefined) throw new DocumentRequiredError(corpus.documents.map((d) => d.id))
      const document = doc !== undefined ? documentOf(doc) : several ? undefined : corpus.documents[0]
      const budget = { sentences: sentences ?? (words === undefined ? LIMITS.defaultSentences : LIMITS.maxSentences), ...(words !== undefined ? { words } : {}) }
      return summarize({ corpus, index, templates }, { document, budget, q, format })
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
