/**
 * @module
 * The engine's data model: what the build step writes and what every door reads.
 * Offsets are UTF-16 code-unit offsets into `Passage.text`, so `text.slice(start, end)` is the span.
 */
import type { SearchStats } from './search/stats'
import type { DocumentFacts } from './summary/fact-types'

/** Kinds of span recognised at build time; answer types map onto them. */
export type EntityType =
  | 'person'
  | 'organization'
  | 'place'
  | 'date'
  | 'number'
  | 'money'
  | 'percent'
  | 'duration'
  | 'quote'
  | 'noun-phrase'

/** A typed span of a passage, found at build time. */
export interface Span {
  start: number
  end: number
  type: EntityType
  /** Plain form where one applies: ISO date, plain number, "2100000000 USD". */
  normalized?: string
  /** Extra words the build attached, e.g. a person's stated role or what a number counts. */
  label?: string
  /** A capitalised name the build could not type (person, organisation or place). */
  proper?: true
  /** A gerund phrase ("downgrading the military assistance"): it answers what someone does, not what something is. */
  gerund?: true
  /** What kind of place a place is, when the build could tell (`entities/place-kinds.ts`). */
  kind?: PlaceKind
  /** A date that runs from one date to another ("from 1562 to 1598", "1759-60"); ends written as dates are spans too. */
  range?: true
}

/** Kinds of place a "which country/city/river…" question may ask for. */
export type PlaceKind = 'country' | 'city' | 'state' | 'water' | 'land'

/** One sentence of a passage, by offsets into the passage text. */
export interface Sentence {
  start: number
  end: number
  /** Key-sentence salience in [0, 1] (1 = the document's most salient), set at build time. */
  salience?: number
  /** Position in the document's key-sentence (MMR) order: the N-sentence summary is ranks 0..N-1. */
  keyRank?: number
  /** The sentence's index terms in order, set at build time so a request never stems passage text. */
  terms?: string[]
  /** Passage offsets of `terms`, flattened: start and end of each term in turn (for highlights). */
  termOffsets?: number[]
  /** Set at build time when the sentence opens with a word referring back to the previous one ("It was …"). */
  continues?: true
}

/** A paragraph of a document: the unit that MiniSearch indexes and ranks. */
export interface Passage {
  documentId: string
  /** 0-based index of the passage in its document; stable across builds. */
  paragraph: number
  /** The subheading that labels this passage, when the document has one above it. */
  heading?: string
  text: string
  sentences: Sentence[]
  spans: Span[]
}

/** A document's metadata, as parsed from front matter, the date token and the file name. */
export interface DocumentMeta {
  id: string
  title: string
  /** ISO date (YYYY-MM-DD) when the document states one. */
  date?: string
  source?: string
  url?: string
  /** Index of the document's first passage in `Corpus.passages`. */
  firstPassage: number
  passageCount: number
  /** People, organisations, places, figures and dates the text states, found at build time. */
  facts?: DocumentFacts
}

/** Everything the build step produces from `content/`, except the serialized index. */
export interface Corpus {
  /** Hash of the content and build version: the basis of ETags. */
  version: string
  documents: DocumentMeta[]
  /** All passages of all documents; a passage's id in the index is its position here. */
  passages: Passage[]
  /** Term statistics and query expansions for retrieval, set at build time. */
  search?: SearchStats
  /** The content's names by how it writes their terms, set at build time (`build/name-terms.ts`). */
  names?: CorpusNameTerms
}

/** Index terms the content writes as names, sorted. */
export interface CorpusNameTerms {
  /** Capitalised after a sentence's first word somewhere ("the Normans"). */
  names: string[]
  /** Capitalised only as a sentence's first word, and never in lower case ("Emma married…"). */
  initial: string[]
}

/** What the build step hands to the runtime: the corpus plus the MiniSearch index as JSON. */
export interface BuiltCorpus {
  corpus: Corpus
  /** `JSON.stringify(miniSearch)`, loaded with `MiniSearch.loadJSON` and the same options. */
  index: string
}
