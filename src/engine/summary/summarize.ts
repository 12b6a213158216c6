/**
 * @module
 * Extractive summary, first version: the first sentences of the document.
 * The summaries work replaces this with a centrality ranker and facts.
 */
import type { Corpus, DocumentMeta } from '../types'
import type { SummaryResult, SummarySentence } from '../results'
import { renderText } from './render'
import { DEFAULT_SUMMARY_TEMPLATE } from './templates'

/**
 * Summarises a document with its first `sentences` sentences, in document order.
 *
 * @example
 * ```ts
 * summarizeDocument(corpus, corpus.documents[0]!, { sentences: 3 }).summary
 * ```
 */
export function summarizeDocument(corpus: Corpus, document: DocumentMeta, { sentences }: { sentences: number }): SummaryResult {
  const picked: SummarySentence[] = []
  for (let i = 0; i < document.passageCount && picked.length < sentences; i++) {
    const passage = corpus.passages[document.firstPassage + i]!
    for (const s of passage.sentences) {
      if (picked.length >= sentences) break
      picked.push({ text: passage.text.slice(s.start, s.end), documentId: document.id, paragraph: passage.paragraph, start: s.start, end: s.end })
    }
  }
  const view = { title: document.title, date: document.date, source: document.source, sentences: picked }
  return {
    documentId: document.id,
    title: document.title,
    ...(document.date ? { date: document.date } : {}),
    summary: renderText(DEFAULT_SUMMARY_TEMPLATE, view),
    sentences: picked,
    facts: {},
  }
}
