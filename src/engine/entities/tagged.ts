/**
 * @module
 * The one place that runs compromise (build time only): a passage's words with their offsets
 * and part-of-speech tags, and the library's people, organisations, places and noun phrases.
 * Nothing in the Worker imports this module.
 */
import nlp from 'compromise'

/** A word of the passage with compromise's tags. */
export interface TaggedTerm {
  start: number
  end: number
  text: string
  tags: ReadonlySet<string>
}

/** A phrase compromise matched, by passage offsets. */
export interface TaggedMatch {
  start: number
  end: number
}

/** What compromise found in a passage. */
export interface Tagged {
  terms: TaggedTerm[]
  people: TaggedMatch[]
  organizations: TaggedMatch[]
  places: TaggedMatch[]
  nouns: TaggedMatch[]
}

interface JsonTerm { text: string; tags: string[]; offset: { start: number; length: number } }
interface JsonMatch { offset: { start: number; length: number }; terms: JsonTerm[] }
type View = { json(options: object): JsonMatch[] }
type Retaggable = { forEach(fn: (m: { text(): string; tag(t: string): { unTag(t: string): unknown } }) => void): void }

// A match's own offset includes trailing punctuation ("Ukraine."); its first and last words' do not.
const matches = (view: View): TaggedMatch[] =>
  view.json({ offset: true }).flatMap((m) => {
    const first = m.terms[0]
    const last = m.terms.at(-1)
    return first && last ? [{ start: first.offset.start, end: last.offset.start + last.offset.length }] : []
  })

/**
 * Tags a passage.
 *
 * @example
 * ```ts
 * tag('Julianne Smith spoke.').people // [{ start: 0, end: 14 }]
 * ```
 */
export function tag(text: string): Tagged {
  const doc = nlp(text)
  // After a preposition a noun phrase cannot go on with its verb, so a plural read as a verb there
  // is the phrase's noun: "one of the largest gold *rushes*", "of the major car *brands*" (compromise
  // tags them PresentTense); "The government rushes the bill" keeps its verb.
  const plurals = doc.match('#Preposition #Determiner? #Adjective* #Singular [#PresentTense]', 0) as unknown as Retaggable
  plurals.forEach((m) => {
    if (/\p{Ll}s$/u.test(m.text())) m.tag('Plural').unTag('Verb')
  })
  const terms = (doc.terms() as unknown as View).json({ offset: true }).flatMap((m) =>
    m.terms.map((t) => ({ start: t.offset.start, end: t.offset.start + t.offset.length, text: t.text, tags: new Set(t.tags) })),
  )
  return {
    terms,
    people: matches(doc.people() as unknown as View),
    organizations: matches(doc.organizations() as unknown as View),
    places: matches(doc.places() as unknown as View),
    nouns: matches(doc.nouns() as unknown as View),
  }
}

// compromise's lexicon: the words it knows without guessing (common nouns, verbs, first names…).
const LEXICON = (nlp as unknown as { model(): { one: { lexicon: Record<string, string> } } }).model().one.lexicon

/**
 * Whether compromise's lexicon knows a word (lower-cased): "voice", "court" and "William" are
 * known, a rare given name such as "Sybilla" is not.
 *
 * @example
 * ```ts
 * knownWord('Voice') // true
 * knownWord('Sybilla') // false
 * ```
 */
export function knownWord(word: string): boolean {
  return Object.hasOwn(LEXICON, word.toLowerCase())
}
