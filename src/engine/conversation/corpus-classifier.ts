/**
 * @module
 * An entity classifier backed by the corpus: the person spans found at build time say which
 * names are people ("Smith", "Oleksandra Ustinova"), so follow-ups pick the right antecedent.
 * Built once per corpus and cached; a request only looks names up.
 */
import type { Corpus } from '../types'
import type { EntityClassifier, EntityKind } from './entities'

const cache = new WeakMap<Corpus, EntityClassifier>()

const THING_TYPES = new Set(['organization', 'place'])

/**
 * The classifier for a corpus: a phrase is a person when the corpus has a person span with that
 * text or surname, a thing when it has an organisation or place span; otherwise it does not say.
 *
 * @example
 * ```ts
 * const classify = corpusClassifier(engine.corpus)
 * classify('Smith') // "person" when the article names Julianne Smith
 * ```
 */
export function corpusClassifier(corpus: Corpus): EntityClassifier {
  let classify = cache.get(corpus)
  if (classify) return classify
  const kinds = new Map<string, EntityKind>()
  for (const passage of corpus.passages) {
    for (const span of passage.spans) {
      const kind: EntityKind | undefined = span.type === 'person' ? 'person' : THING_TYPES.has(span.type) ? 'thing' : undefined
      if (!kind) continue
      const text = passage.text.slice(span.start, span.end).replace(/['’]s?$/u, '').toLowerCase()
      if (!kinds.has(text)) kinds.set(text, kind)
      // People are asked about by surname as often as by full name.
      const surname = kind === 'person' ? text.split(/\s+/).at(-1) : undefined
      if (surname && surname !== text && !kinds.has(surname)) kinds.set(surname, kind)
    }
  }
  classify = function classifyByCorpus(phrase: string) {
    return kinds.get(phrase.trim().replace(/['’]s?$/u, '').toLowerCase())
  }
  cache.set(corpus, classify)
  return classify
}
