/**
 * @module
 * Typed spans of a passage, found at build time: people (with stated roles), organisations,
 * places, dates (ISO-normalised, relative ones resolved from the document's date), money,
 * percentages, durations, counts with what they count, quotations and noun phrases.
 * compromise tags the words; rules cover what it misses. The runtime only reads the result.
 */
import type { Sentence, Span } from '../types'
import { dateSpans } from './dates'
import { figureSpans } from './figures'
import { withPlaceKind } from './place-kinds'
import { nameSpans } from './names'
import { peopleName } from './peoples'
import { quoteSpans } from './quotes'
import { withRegion } from './regions'
import { attachRoles, splitTitle } from './roles'
import { tag } from './tagged'
import { phraseBounds } from './phrase-bounds'
import { gerundPhrases } from './gerunds'
import { balancedBounds } from './span-bounds'

/** What the build knows about the passage's document. */
export interface SpanContext {
  /** The document's ISO date; resolves "Wednesday", "last week", "yesterday". */
  date?: string
}

const overlapsAny = (span: Span, others: Span[]) => others.some((o) => span.start < o.end && span.end > o.start)

// Noun phrases that are only a pronoun, a determiner or a sentence adverb ("Thus", "However")
// carry no answer; compromise's chunks may run across a parenthesis ("Policy Analysis (CEPA"),
// which no answer does.
const EMPTY_PHRASE = /^(?:it|they|them|he|she|we|i|you|us|him|her|this|that|these|those|here|there|all|one|which|who|what|thus|hence|however|therefore|indeed|moreover|furthermore|nevertheless|nonetheless|meanwhile|instead|otherwise|accordingly|consequently|similarly|likewise|again|also|still|yet)$/i

/**
 * Finds the typed spans of a passage. Every span lies inside one sentence; spans are sorted by
 * start, longer first.
 *
 * @example
 * ```ts
 * extractSpans('Smith fired 6,000 rounds on Wednesday.', [{ start: 0, end: 38 }], { date: '2023-09-28' })
 * // Smith (person), "6,000 rounds" (number, "6000"), "Wednesday" (date, "2023-09-27")…
 * ```
 */
export function extractSpans(text: string, sentences: Sentence[], context: SpanContext = {}): Span[] {
  const tagged = tag(text)
  const dates = dateSpans(text, context.date)
  const figures = figureSpans(text, tagged.terms).filter((s) => !overlapsAny(s, dates))
  const exact = [...dates, ...figures]
  const names = attachRoles(text, nameSpans(text, tagged).flatMap((s) => splitTitle(text, s))).filter((s) => !overlapsAny(s, exact)).map((s) => withPlaceKind(text, withRegion(text, peopleName(text, s)), tagged.terms))
  // "NP-complete", "Kremlin-backed": a name with a lower-case word hyphened on is a term of its own;
  // the name stays too ("US" of "US-led" answers "where").
  const compounds = names.flatMap((n): Span[] => {
    const m = /^-\p{Ll}[\p{L}]*(?:-\p{L}+)*/u.exec(text.slice(n.end, n.end + 40))
    return m ? [{ start: n.start, end: n.end + m[0].length, type: 'noun-phrase' }] : []
  })
  const typed = [...exact, ...names, ...compounds, ...quoteSpans(text)]
  const seen = new Set(typed.map((s) => `${s.start}:${s.end}`))
  const nouns: Span[] = tagged.nouns
    .flatMap((m) => phraseBounds(tagged.terms, m, text) ?? [])
    // The tail of a name ("European Policy Analysis" of "Center for European Policy Analysis") is no phrase of its own.
    .filter((m) => !seen.has(`${m.start}:${m.end}`) && !EMPTY_PHRASE.test(text.slice(m.start, m.end)) && !typed.some((t) => t.start < m.start && t.end === m.end))
    .map((m): Span => ({ start: m.start, end: m.end, type: 'noun-phrase' }))
    .concat(gerundPhrases(tagged.terms, tagged.nouns, text).map((m) => ({ ...m, type: 'noun-phrase', gerund: true })))
  // Each span within the sentence it starts in, its brackets balanced ("O(n2" → "O(n2)").
  const repaired = [...typed, ...nouns].flatMap((s) => {
    const sentence = sentences.find((x) => s.start >= x.start && s.start < x.end)
    const bounds = sentence && balancedBounds(text, s, sentence.end)
    return bounds ? [bounds.start === s.start && bounds.end === s.end ? s : { ...s, ...bounds }] : []
  })
  const kept = new Set<string>()
  return repaired
    .filter((s) => !kept.has(`${s.start}:${s.end}:${s.type}`) && !!kept.add(`${s.start}:${s.end}:${s.type}`))
    .sort((a, b) => a.start - b.start || b.end - a.end)
}
