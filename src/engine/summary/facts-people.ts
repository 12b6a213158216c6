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

// Capitalised words right before a title belong to it: "Harbour City" + "Mayor".
const QUALIFIER = /((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})$/u
const COMMON = /^(?:The|A|An|In|On|At|By|For|From|But|And|As|If|When|While|After|Before|Earlier|Later|Last|Then)$/

/**
 * The role a span states, with any capitalised qualifier just before a title that precedes the
 * name ("Harbour City Mayor Daniel Okafor": the span says "City Mayor").
 */
function roleOf({ passage, span }: Located): string | undefined {
  if (!span.label) return undefined
  const before = passage.text.slice(Math.max(0, span.start - span.label.length - 60), span.start).replace(/[\s,]+$/, '')
  if (!before.endsWith(span.label)) return cleanRole(span.label)
  const head = before.slice(0, before.length - span.label.length)
  const words = (QUALIFIER.exec(head)?.[1] ?? '').trim().split(/\s+/).filter(Boolean)
  while (words.length > 0 && COMMON.test(words[0]!)) words.shift()
  return cleanRole([...words, span.label].join(' '))
}

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
    if (name.length < 2) continue
    const role = roleOf(item)
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
