/**
 * @module
 * Retrieved passages → the `passages` of a response, with highlights.
 */
import type { PassageHit } from '../results'
import type { Corpus } from '../types'
import { sourceLink } from '../links'
import { highlightPassage } from './highlights'
import type { Retrieved } from './retrieve'

/**
 * Formats retrieved passages as ranked hits.
 *
 * @example
 * ```ts
 * toHits(corpus, retrieve(index, 'rounds', { limit: 3 }))
 * ```
 */
export function toHits(corpus: Corpus, retrieved: Retrieved[]): PassageHit[] {
  return retrieved.map((r, i) => {
    const p = corpus.passages[r.id]!
    return {
      rank: i + 1,
      documentId: p.documentId,
      paragraph: p.paragraph,
      score: Math.round(r.score * 1000) / 1000,
      ...(p.heading ? { heading: p.heading } : {}),
      text: p.text,
      highlights: highlightPassage(p, new Set(r.terms)),
      link: sourceLink({ ...p, url: corpus.documents.find((d) => d.id === p.documentId)?.url }),
    }
  })
}
