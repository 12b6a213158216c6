/**
 * @module
 * Retrieved passages → the `passages` of a response, with highlights.
 */
import type { PassageHit } from '../results'
import type { Corpus, Passage } from '../types'
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
      link: linkOf(corpus, p),
    }
  })
}

// Per corpus and passage, made on first use: a passage's link (its source URL and text fragment)
// never changes, and reading the passage's edges again was a tenth of formatting a hit.
const LINKS = new WeakMap<Corpus, WeakMap<Passage, string>>()

function linkOf(corpus: Corpus, p: Passage): string {
  let links = LINKS.get(corpus)
  if (!links) LINKS.set(corpus, (links = new WeakMap()))
  let link = links.get(p)
  if (link === undefined) {
    link = sourceLink({ ...p, url: corpus.documents.find((d) => d.id === p.documentId)?.url })
    links.set(p, link)
  }
  return link
}
