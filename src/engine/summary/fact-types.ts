/**
 * @module
 * The shape of a document's facts. The build stores each fact with the offsets of the sentence
 * it came from (`SentenceRef`); a summary hands them out with the sentence text filled in
 * (`SentenceQuote`), so every fact can be checked against the article.
 */

/** Where a fact was stated: a sentence of a passage, by offsets into the passage text. */
export interface SentenceRef {
  /** 0-based passage index in the document. */
  paragraph: number
  start: number
  end: number
}

/** A `SentenceRef` with the sentence itself. */
export interface SentenceQuote extends SentenceRef {
  text: string
}

/** A person the text names, with the role it gives them, if any. */
export interface PersonFact<S = SentenceRef> {
  name: string
  /** "US Ambassador to NATO", "the President of the European Commission", "Ukrainian MP". */
  role?: string
  /** How many times the text names them (full name or surname). */
  mentions: number
  /** The sentence that states the role, else the first mention. */
  sentence: S
}

/** An organisation, with its acronym when the text gives one. */
export interface OrganizationFact<S = SentenceRef> {
  name: string
  /** "NATO" for "North Atlantic Treaty Organization (NATO)"; for a bare acronym, the acronym itself. */
  acronym?: string
  mentions: number
  sentence: S
}

/** A place the text names. */
export interface PlaceFact<S = SentenceRef> {
  name: string
  mentions: number
  sentence: S
}

/** A figure and what it counts: "up to 6,000 rounds daily", "$2.1 billion plan". */
export interface FigureFact<S = SentenceRef> {
  /** The figure with what it counts, as written. */
  text: string
  /** The plain value: "6000", "2100000000 USD", "12 %". */
  value?: string
  /** What the figure counts, when the text says: "rounds", "plan", "NATO members". */
  counts?: string
  kind: 'number' | 'money' | 'percent' | 'duration'
  sentence: S
}

/** A date, absolute ("2023-09-28", "by 2024") or relative to the article ("Wednesday", "last week"). */
export interface DateFact<S = SentenceRef> {
  /** As written: "by 2024", "last week". */
  text: string
  /** ISO form when one is known: "2024", "2023-09-27". */
  value?: string
  relative: boolean
  sentence: S
}

/** Every fact of a document, each list in order of first appearance. */
export interface DocumentFacts<S = SentenceRef> {
  people: PersonFact<S>[]
  organizations: OrganizationFact<S>[]
  places: PlaceFact<S>[]
  figures: FigureFact<S>[]
  dates: DateFact<S>[]
}

/** Facts as a summary returns them: each with its sentence quoted. */
export type SummaryFacts = DocumentFacts<SentenceQuote>
