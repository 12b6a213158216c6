/**
 * @module
 * The build step's summary half: for every document, rank its sentences (stored on the
 * sentences) and extract its facts (stored on the document). Called once by `buildCorpus`.
 */
import type { DocumentMeta, Passage } from '../types'
import { annotateKeySentences } from './build-key-sentences'
import { buildFacts } from './facts'

/**
 * Annotates documents and passages in place.
 *
 * @example
 * ```ts
 * annotateSummaries(documents, passages)
 * documents[0]!.facts?.people
 * ```
 */
export function annotateSummaries(documents: readonly DocumentMeta[], passages: readonly Passage[]): void {
  for (const document of documents) {
    const own = passages.slice(document.firstPassage, document.firstPassage + document.passageCount)
    annotateKeySentences(own)
    document.facts = buildFacts(own)
  }
}
