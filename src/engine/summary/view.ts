/**
 * @module
 * The view a summary template is rendered from. Every field is documented in the README
 * ("Summaries and templates"); `template-check.ts` holds the same shape for the build's checks.
 */
import type { SummarySentence } from '../results'
import type { SummaryFacts } from './fact-types'

/** List items get their 1-based `number` and `first`/`last` flags, for separators. */
export type Listed<T> = T & { number: number; first: boolean; last: boolean }

/** The document's metadata and the topic, as the view shows them. */
export interface ViewMeta {
  documentId: string
  title: string
  date?: string
  source?: string
  url?: string
  /** The topic of a query-focused summary. */
  q?: string
  /** The document's first sentence, whatever was selected. */
  lead?: string
}

/** What a summary template sees. */
export interface SummaryView extends ViewMeta {
  sentences: Listed<SummarySentence>[]
  hasSentences: boolean
  facts: { [K in Exclude<keyof SummaryFacts, 'organizations'>]: Listed<SummaryFacts[K][number]>[] } & {
    /** `spelledOut`: the name is the acronym written out, so showing both says something. */
    organizations: Listed<SummaryFacts['organizations'][number] & { spelledOut: boolean }>[]
    hasPeople: boolean
    hasOrganizations: boolean
    hasPlaces: boolean
    hasFigures: boolean
    hasDates: boolean
  }
}

/**
 * Adds `number`, `first` and `last` to each item.
 *
 * @example
 * ```ts
 * listed([{ a: 1 }, { a: 2 }])[1] // { a: 2, number: 2, first: false, last: true }
 * ```
 */
export function listed<T extends object>(items: readonly T[]): Listed<T>[] {
  return items.map((item, i) => ({ ...item, number: i + 1, first: i === 0, last: i === items.length - 1 }))
}

/** What the view is made from. */
export interface ViewInput extends ViewMeta {
  sentences: SummarySentence[]
  facts: SummaryFacts
}

/**
 * Builds the template view.
 *
 * @example
 * ```ts
 * summaryView({ documentId: 'a', title: 'A', sentences, facts }).facts.hasPeople
 * ```
 */
export function summaryView(input: ViewInput): SummaryView {
  const { facts, sentences, ...meta } = input
  return {
    ...meta,
    sentences: listed(sentences),
    hasSentences: sentences.length > 0,
    facts: {
      people: listed(facts.people),
      organizations: listed(facts.organizations.map((o) => ({ ...o, spelledOut: o.acronym !== undefined && o.acronym !== o.name }))),
      places: listed(facts.places),
      figures: listed(facts.figures),
      dates: listed(facts.dates),
      hasPeople: facts.people.length > 0,
      hasOrganizations: facts.organizations.length > 0,
      hasPlaces: facts.places.length > 0,
      hasFigures: facts.figures.length > 0,
      hasDates: facts.dates.length > 0,
    },
  }
}
