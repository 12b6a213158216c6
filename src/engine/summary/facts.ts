/**
 * @module
 * A document's facts, built once from the typed spans the build found (see
 * `entities/extract-spans.ts`): people with roles, organisations with acronyms, places,
 * figures with what they count, and dates — each with the sentence it came from.
 */
import type { Passage } from '../types'
import type { DocumentFacts, PlaceFact } from './fact-types'
import { sentenceRef } from './fact-sources'
import { dateFacts, figureFacts } from './facts-figures'
import { acronymDefinitions, organizationFacts } from './facts-organizations'
import { peopleFacts, type Located } from './facts-people'

/**
 * Builds the facts of one document from its passages' spans.
 *
 * @example
 * ```ts
 * buildFacts(passagesOfDocument).people[0] // { name: 'Julianne Smith', role: 'US Ambassador to NATO', … }
 * ```
 */
export function buildFacts(passages: readonly Passage[]): DocumentFacts {
  const located: Located[] = passages.flatMap((passage) => passage.spans.map((span) => ({ passage, span })))
  const ofType = (type: string) => located.filter((l) => l.span.type === type)
  const definitions = acronymDefinitions(passages)
  // A defined name is an organisation whatever its span says ("Voice of America (VOA)").
  const defined = new Set(definitions.flatMap((d) => [d.name, d.acronym]))
  const nameOf = (l: Located) => l.passage.text.slice(l.span.start, l.span.end).replace(/['’]s$/, '').trim()
  const organizations = located.filter((l) => l.span.type === 'organization' || (defined.has(nameOf(l)) && l.span.type !== 'person'))
  return {
    people: peopleFacts(ofType('person')),
    organizations: organizationFacts(organizations, definitions),
    places: placeFacts(ofType('place').filter((l) => !defined.has(nameOf(l)))),
    figures: figureFacts(located),
    dates: dateFacts(located),
  }
}

function placeFacts(located: readonly Located[]): PlaceFact[] {
  const places = new Map<string, PlaceFact>()
  for (const item of located) {
    const name = item.passage.text.slice(item.span.start, item.span.end).replace(/['’]s$/, '').trim()
    const known = places.get(name)
    if (known) known.mentions++
    else if (name.length >= 2) places.set(name, { name, mentions: 1, sentence: sentenceRef(item.passage, item.span) })
  }
  return [...places.values()]
}
