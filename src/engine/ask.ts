/**
 * @module
 * The question pipeline: retrieve passages, rank their sentences, extract the answer, render the
 * summary. Every door's answer comes from here.
 */
import type MiniSearch from 'minisearch'
import { extractAnswer } from './answer/answer'
import { expectedSpanTypes } from './answer/type-fit'
import { verdictWord } from './answer/yes-no'
import { analyzeQuestion } from './question/analyze'
import { corpusNames } from './question/corpus-names'
import { sourceLink } from './links'
import type { AskResult, ClosestSentence, PassageHit } from './results'
import { toHits } from './search/hits'
import type { IndexedPassage } from './search/options'
import { analyzeQuery } from './search/query'
import { rankSentences } from './search/rank-sentences'
import { retrieve } from './search/retrieve'
import { renderText } from './summary/render'
import { DEFAULT_ANSWER_TEMPLATE } from './summary/templates'
import type { Corpus, DocumentMeta } from './types'

/** Passages whose sentences compete for the answer, whatever `k` (how many are returned). */
export const ANSWER_DEPTH = 5

/** What `ask` needs from the engine. */
export interface AskContext {
  corpus: Corpus
  index: MiniSearch<IndexedPassage>
  abstainBelow: number
  /** Looks up a document by id (throws UnknownDocumentError). */
  documentOf: (id: string) => DocumentMeta
  /** The `/ask` summary template (a deployer's override); default `DEFAULT_ANSWER_TEMPLATE`. */
  answerTemplate?: string
}

/**
 * Answers one question.
 *
 * @example
 * ```ts
 * ask(context, { question: 'How many rounds?', k: 3 })
 * ```
 */
export function ask(context: AskContext, input: { question: string; document?: DocumentMeta; k: number }): AskResult {
  const { corpus, index } = context
  const question = analyzeQuestion(input.question, corpusNames(corpus).lowerCaseOnly)
  // The question's words, tokenized and stemmed once for both analyses.
  const query = analyzeQuery(corpus, input.question, question.words)
  // The answer may come from a passage below the k returned: sentences compete over at least ANSWER_DEPTH passages.
  const retrieved = retrieve(index, corpus, query, { document: input.document, limit: Math.max(input.k, ANSWER_DEPTH) })
  const ranked = rankSentences(corpus, retrieved, query, { expectedSpanTypes: expectedSpanTypes(question.type) })
  const { answer: extracted, abstention: refused } = extractAnswer(
    { ranked, corpus, question, query },
    { abstainBelow: context.abstainBelow },
  )
  const linked = <T extends { documentId: string; paragraph: number; sentence: string }>(x: T): T & { link: string } =>
    ({ ...x, link: sourceLink({ ...x, url: context.documentOf(x.documentId).url, text: x.sentence }) })
  const answer = extracted && linked(extracted)
  const abstention = refused?.closest ? { ...refused, closest: linked(refused.closest) } : refused
  const hits = toHits(corpus, retrieved.slice(0, input.k))
  const top = hits[0]
  const source = (id: string) => {
    const d = context.documentOf(id)
    return { id: d.id, title: d.title, date: d.date, source: d.source, url: d.url }
  }
  const view = answer
    ? { answer: { ...answer, source: source(answer.documentId), verdict: verdictWord(answer) } }
    // The closest passage is the one holding the sentence the engine weighed, else the top one.
    : { answer: null, abstention, closest: closestView(abstention?.closest, top, source) }
  const summary = renderText(context.answerTemplate ?? DEFAULT_ANSWER_TEMPLATE, view)
  return { question: input.question, answer, ...(abstention ? { abstention } : {}), passages: hits, summary }
}

/** The summary's closest passage: the weighed sentence's paragraph with the sentence, or the top hit. */
function closestView(closest: ClosestSentence | undefined, top: PassageHit | undefined, source: (id: string) => object) {
  if (closest) return { ...closest, source: source(closest.documentId) }
  return top ? { ...top, source: source(top.documentId) } : null
}
