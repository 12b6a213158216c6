/**
 * @module
 * `engine.summarize`: a document's key sentences (or a topic's, across documents) within a
 * budget, its facts with their sentences quoted, and the templated text. Selection reads ranks
 * the build stored; nothing here re-indexes or runs NLP.
 */
import type MiniSearch from 'minisearch'
import type { SummaryResult } from '../results'
import type { IndexedPassage } from '../search/options'
import type { Corpus, DocumentMeta } from '../types'
import type { Budget } from './budget'
import type { SentenceRef, SummaryFacts } from './fact-types'
import { quoteSentence } from './fact-sources'
import { focusSentences } from './focus'
import { renderAs, type RenderFormat } from './render'
import { selectKeySentences } from './select'
import type { TemplateSet } from './templates'
import { summaryView } from './view'

/** What summarising needs from the engine. */
export interface SummaryContext {
  corpus: Corpus
  index: MiniSearch<IndexedPassage>
  templates: TemplateSet
}

/** One summary request, already resolved to a document (or none, for a topic across all). */
export interface SummaryRequest {
  /** The document; absent only for a topic summary across every document. */
  document?: DocumentMeta
  budget: Budget
  /** Topic of a query-focused summary. */
  q?: string
  /** Format of `summary`: text (default), markdown or html. */
  format?: RenderFormat
}

/** `documentId` of a topic summary across every document. */
export const ALL_DOCUMENTS = '*'

const noFacts = (): SummaryFacts => ({ people: [], organizations: [], places: [], figures: [], dates: [] })

// Facts never change for a loaded corpus: quote them once per document, not per request.
const quotedCache = new WeakMap<DocumentMeta, SummaryFacts>()

/**
 * The facts of a document with each fact's sentence quoted (computed once per document).
 *
 * @example
 * ```ts
 * quotedFacts(corpus, document).people[0]?.sentence.text
 * ```
 */
export function quotedFacts(corpus: Corpus, document: DocumentMeta): SummaryFacts {
  let quoted = quotedCache.get(document)
  if (!quoted) {
    quoted = quoteFacts(corpus, document)
    quotedCache.set(document, quoted)
  }
  return quoted
}

function quoteFacts(corpus: Corpus, document: DocumentMeta): SummaryFacts {
  const facts = document.facts
  if (!facts) return noFacts()
  const passages = corpus.passages.slice(document.firstPassage, document.firstPassage + document.passageCount)
  const quote = <T extends { sentence: SentenceRef }>(list: readonly T[]) => list.map((f) => ({ ...f, sentence: quoteSentence(passages, f.sentence) }))
  return {
    people: quote(facts.people), organizations: quote(facts.organizations), places: quote(facts.places),
    figures: quote(facts.figures), dates: quote(facts.dates),
  }
}

/**
 * Summarises a document, or a topic (`q`) within a document or across all of them.
 *
 * @example
 * ```ts
 * summarize(context, { document: corpus.documents[0], budget: { sentences: 3 } }).summary
 * ```
 */
export function summarize(context: SummaryContext, request: SummaryRequest): SummaryResult {
  const { corpus, templates } = context
  const { document, budget, q, format = 'text' } = request
  const sentences = q !== undefined
    ? focusSentences(context, q, budget, document)
    : document ? selectKeySentences(corpus, document, budget) : []
  const facts = document ? quotedFacts(corpus, document) : noFacts()
  const first = document && document.passageCount > 0 ? corpus.passages[document.firstPassage]! : undefined
  const lead = first?.sentences[0] ? first.text.slice(first.sentences[0].start, first.sentences[0].end) : undefined
  const meta = document
    ? { documentId: document.id, title: document.title, date: document.date, source: document.source, url: document.url }
    : { documentId: ALL_DOCUMENTS, title: 'All articles' }
  const view = summaryView({ ...meta, ...(q !== undefined ? { q } : {}), ...(lead ? { lead } : {}), sentences, facts })
  const template = format === 'markdown' ? templates.summaryMarkdown : format === 'html' ? templates.summaryHtml : templates.summary
  return {
    documentId: meta.documentId,
    title: meta.title,
    ...(document?.date ? { date: document.date } : {}),
    ...(q !== undefined ? { q } : {}),
    summary: renderAs(format, template, view),
    sentences,
    facts,
  }
}
