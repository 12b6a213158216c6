/**
 * @module
 * Baselines the engine is compared with: MiniSearch with its default options and lunr with its
 * defaults, each indexing the same passages and answering with the best-overlap sentence of
 * its top passage (the classic "retrieve, then pick a sentence" without any tuning).
 */
import lunr from 'lunr'
import MiniSearch from 'minisearch'
import type { Corpus } from '../../src/engine/types'
import type { EvalOutcome, EvalQuestion } from './metrics'
import { RANK_DEPTH, goldRank } from './outcomes'

/** A baseline: ranks passage ids (positions in `Corpus.passages`) for a query. */
export interface Baseline {
  name: string
  rank: (query: string) => number[]
}

const words = (text: string): Set<string> => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])

/** The sentence of a passage sharing the most distinct lower-cased words with the query. */
function bestOverlapSentence(corpus: Corpus, passageId: number, query: string): string {
  const passage = corpus.passages[passageId]!
  const wanted = words(query)
  let best = ''
  let bestOverlap = -1
  for (const s of passage.sentences) {
    const text = passage.text.slice(s.start, s.end)
    const overlap = [...words(text)].filter((w) => wanted.has(w)).length
    if (overlap > bestOverlap) {
      best = text
      bestOverlap = overlap
    }
  }
  return best
}

/**
 * MiniSearch with default options (only the field list is required).
 *
 * @example
 * ```ts
 * miniSearchDefaults(corpus).rank('Who ruled Normandy?')
 * ```
 */
export function miniSearchDefaults(corpus: Corpus): Baseline {
  const index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] })
  index.addAll(corpus.passages.map((p, id) => ({ id, text: p.text })))
  return { name: 'MiniSearch defaults', rank: (query) => index.search(query).map((r) => r.id as number) }
}

/**
 * lunr with its default pipeline (stop words, stemming). Query syntax characters are removed,
 * since lunr parses `:`, `~`, `^`, `+`, `-` and `*` as operators.
 *
 * @example
 * ```ts
 * lunrDefaults(corpus).rank('Who ruled Normandy?')
 * ```
 */
export function lunrDefaults(corpus: Corpus): Baseline {
  const index = lunr(function build() {
    this.ref('id')
    this.field('text')
    corpus.passages.forEach((p, id) => this.add({ id: String(id), text: p.text }))
  })
  return {
    name: 'lunr defaults',
    rank(query) {
      const clean = query.replace(/[:~^+\-*]/g, ' ').trim()
      return clean === '' ? [] : index.search(clean).map((r) => Number(r.ref))
    },
  }
}

/**
 * A baseline's outcome for every question, searching only the question's document.
 *
 * @example
 * ```ts
 * baselineOutcomes(corpus, lunrDefaults(corpus), questions)
 * ```
 */
export function baselineOutcomes(corpus: Corpus, baseline: Baseline, questions: readonly EvalQuestion[]): EvalOutcome[] {
  return questions.map((q) => {
    const ids = baseline.rank(q.question).filter((id) => corpus.passages[id]!.documentId === q.doc)
    const top = ids[0]
    const sentence = top === undefined ? null : bestOverlapSentence(corpus, top, q.question)
    return { goldRank: goldRank(q, ids.slice(0, RANK_DEPTH).map((id) => corpus.passages[id]!)), sentence, text: sentence }
  })
}
