/**
 * @module
 * People facts from the person spans: mentions grouped under the fullest name ("Smith" joins
 * "Julianne Smith"), with the most specific role any mention states.
 */
import type { Passage, Span } from '../types'
import type { PersonFact } from './fact-types'
import { sentenceRef } from './fact-sources'

/** A span with the passage it was found in. */
export interface Located {
  passage: Passage
  span: Span
}

const textOf = ({ passage, span }: Located) => passage.text.slice(span.start, span.end).replace(/['’]s$/, '').trim()
const cleanRole = (role: string) => role.replace(/^(?:the|a|an)\s+/i, '').trim()

/**
 * Groups person spans into people. A one-word mention that ends a longer name counts for it;
 * the role kept is the longest stated ("US Ambassador to NATO" over "US Ambassador").
 *
 * @example
 * ```ts
 * peopleFacts(personSpans)[0] // { name: 'Julianne Smith', role: 'US Ambassador to NATO', mentions: 4, sentence }
 * ```
 */
export function peopleFacts(located: readonly Located[]): PersonFact[] {
  const names = [...new Set(located.map(textOf))]
  const fullName = (name: string) =>
    name.includes(' ') ? name : (names.find((n) => n !== name && n.split(/\s+/).at(-1) === name) ?? name)
  const people = new Map<string, PersonFact>()
  for (const item of located) {
    const name = fullName(textOf(item))
    if (name === '') continue
    const role = item.span.label ? cleanRole(item.span.label) : undefined
    const known = people.get(name)
    if (!known) {
      people.set(name, { name, ...(role ? { role } : {}), mentions: 1, sentence: sentenceRef(item.passage, item.span) })
      continue
    }
    known.mentions++
    if (role && role.length > (known.role?.length ?? 0)) {
      known.role = role
      known.sentence = sentenceRef(item.passage, item.span)
    }
  }
  return [...people.values()]
}
