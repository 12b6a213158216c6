/**
 * @module
 * A sentence's build-time spans (those that lie inside it, in passage order) and its noun
 * phrases, listed once per sentence object: every candidate search and the verb-slot binding
 * filtered all of `passage.spans` again for every question, a large share of a request's garbage.
 */
import type { Passage, Sentence, Span } from '../types'

/** The spans and the noun-phrase spans inside one sentence. */
interface SentenceSpans {
  all: readonly Span[]
  phrases: readonly Span[]
}

// Per sentence object (so per corpus: nothing is shared between engines), made on first use.
const SPANS = new WeakMap<Sentence, SentenceSpans>()

function spansOf(passage: Passage, s: Sentence): SentenceSpans {
  let found = SPANS.get(s)
  if (!found) {
    const all = passage.spans.filter((x) => x.start >= s.start && x.end <= s.end)
    found = { all, phrases: all.filter((x) => x.type === 'noun-phrase') }
    SPANS.set(s, found)
  }
  return found
}

/**
 * The passage's spans that lie inside the sentence, in passage order.
 *
 * @example
 * ```ts
 * spansIn(passage, passage.sentences[0]!).map((x) => x.type) // ['place', 'noun-phrase', …]
 * ```
 */
export function spansIn(passage: Passage, s: Sentence): readonly Span[] {
  return spansOf(passage, s).all
}

/**
 * The noun-phrase spans inside the sentence, in passage order.
 *
 * @example
 * ```ts
 * nounPhrasesIn(passage, passage.sentences[0]!)[0]?.type // 'noun-phrase'
 * ```
 */
export function nounPhrasesIn(passage: Passage, s: Sentence): readonly Span[] {
  return spansOf(passage, s).phrases
}
