/**
 * @module
 * Organisation facts: the organisation spans, plus a rule the spans lack — a name followed by
 * its acronym in brackets, "Voice of America (VOA)", defines both, whatever type the name got.
 * Acronym-only mentions then count for the full name.
 */
import type { Passage } from '../types'
import type { OrganizationFact } from './fact-types'
import { sentenceRef } from './fact-sources'
import type { Located } from './facts-people'

// A capitalised run (connectors allowed inside) right before "(ACRONYM)".
const DEFINITION = /((?:\p{Lu}[\p{L}'’&.-]*)(?:\s+(?:of|for|the|and|on|in|de|du|&|\p{Lu}[\p{L}'’&.-]*))*)\s+\((\p{Lu}[\p{Lu}\p{N}&]{1,9})\)/gu
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&.]+$/u

/** The words of a name whose initials can spell its acronym ("of", "for" are skipped). */
const initials = (name: string) => name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('')

/** A name-and-acronym pair the text defines. */
export interface AcronymDefinition {
  name: string
  acronym: string
  passage: Passage
  start: number
  /** Offset of the acronym inside the brackets: that mention is the definition, not another one. */
  acronymAt: number
}

/**
 * Finds "Full Name (ACR)" definitions. When the run before the bracket is longer than the
 * acronym's letters, it is trimmed to the words that spell it ("the Center for European Policy
 * Analysis (CEPA)" → "Center for European Policy Analysis").
 *
 * @example
 * ```ts
 * acronymDefinitions([passage]) // [{ name: 'Voice of America', acronym: 'VOA', … }]
 * ```
 */
export function acronymDefinitions(passages: readonly Passage[]): AcronymDefinition[] {
  const found: AcronymDefinition[] = []
  for (const passage of passages) {
    for (const m of passage.text.matchAll(DEFINITION)) {
      let words = m[1]!.split(/\s+/)
      const acronym = m[2]!
      // Drop leading words until the initials end with the acronym's letters, when they can.
      while (words.length > 1 && initials(words.join(' ')).length > acronym.replace(/[^\p{Lu}]/gu, '').length) words = words.slice(1)
      while (words.length > 1 && (!/^\p{Lu}/u.test(words[0]!) || /^(?:the|a|an)$/i.test(words[0]!))) words = words.slice(1)
      const name = words.join(' ')
      const acronymAt = m.index + m[0].length - acronym.length - 1
      found.push({ name, acronym, passage, start: acronymAt - 2 - name.length, acronymAt })
    }
  }
  return found
}

/**
 * Groups organisation spans (and acronym definitions) into organisations, in order of first
 * appearance; a bare acronym is its own acronym.
 *
 * @example
 * ```ts
 * organizationFacts(orgSpans, acronymDefinitions(passages))
 * // [{ name: 'North Atlantic Treaty Organization', acronym: 'NATO', mentions: 9, sentence }, …]
 * ```
 */
export function organizationFacts(located: readonly Located[], definitions: readonly AcronymDefinition[]): OrganizationFact[] {
  const byKey = new Map<string, OrganizationFact & { at: number }>()
  const keyOf = (name: string) => definitions.find((d) => d.name === name || d.acronym === name)?.acronym ?? name
  const order = (passage: Passage, start: number) => passage.paragraph * 1e6 + start
  for (const d of definitions) {
    if (!byKey.has(d.acronym)) {
      byKey.set(d.acronym, { name: d.name, acronym: d.acronym, mentions: 0, sentence: sentenceRef(d.passage, { start: d.start }), at: order(d.passage, d.start) })
    }
  }
  for (const { passage, span } of located) {
    if (definitions.some((d) => d.passage === passage && d.acronymAt === span.start)) continue
    const name = passage.text.slice(span.start, span.end).replace(/['’]s$/, '').trim()
    // One letter ("P", "M") is a symbol, not an organisation.
    if (name.length < 2) continue
    const key = keyOf(name)
    const known = byKey.get(key)
    if (known) {
      known.mentions++
      continue
    }
    const acronym = ACRONYM.test(name) ? { acronym: name } : {}
    byKey.set(key, { name, ...acronym, mentions: 1, sentence: sentenceRef(passage, span), at: order(passage, span.start) })
  }
  return [...byKey.values()].sort((a, b) => a.at - b.at).map(({ at: _at, ...fact }) => fact)
}
