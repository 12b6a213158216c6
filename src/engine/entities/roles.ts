/**
 * @module
 * People's stated roles, attached to their spans as `label`: a title before the name ("Ukrainian
 * MP Oleksandra Ustinova"), a role before it in commas ("US Ambassador to NATO, Julianne Smith,")
 * or an apposition after it ("Ursula von der Leyen, the President of the European Commission").
 */
import type { Span } from '../types'
import { endsInInstitution } from './names'

/** Nouns that name a role a person holds. */
export const ROLE_WORDS: ReadonlySet<string> = new Set(`ambassador president vice-president minister secretary chancellor premier
governor senator mp mep congressman congresswoman representative spokesman spokeswoman spokesperson chief head director
chairman chairwoman chair ceo cfo coo founder co-founder leader commander general admiral colonel major captain lieutenant
sergeant king queen prince princess emperor empress pope bishop archbishop cardinal mayor judge justice professor prof dr
doctor analyst envoy official lawmaker ruler duke duchess count earl lord lady sultan caliph emir sheikh author writer poet
composer scientist economist inventor coach manager editor correspondent reporter diplomat adviser advisor officer
spokesperson member deputy undersecretary commissioner attorney marshal chieftain bishop abbot monk mr mrs ms sir
dame presenter anchor host founder owner executive architect engineer physicist chemist mathematician philosopher historian
novelist painter singer actor actress player striker goalkeeper`.split(/\s+/))

const isRole = (word: string) => ROLE_WORDS.has(word.toLowerCase().replace(/[.,]$/, ''))
const words = (text: string) => text.split(/\s+/).filter(Boolean)

/**
 * Splits title words off the front of a name span: "Ukrainian MP Oleksandra Ustinova" becomes the
 * person "Oleksandra Ustinova" labelled "Ukrainian MP". A run that is all role ("US Ambassador")
 * or a role phrase ("President of the European Commission") is not a person; the name after "of"
 * is kept as its own span.
 *
 * @example
 * ```ts
 * splitTitle('Ukrainian MP Oleksandra Ustinova', { start: 0, end: 32, type: 'noun-phrase' })
 * // [{ start: 13, end: 32, type: 'person', label: 'Ukrainian MP' }]
 * ```
 */
export function splitTitle(text: string, span: Span): Span[] {
  const run = text.slice(span.start, span.end)
  const parts = words(run)
  let last = -1
  parts.forEach((w, i) => {
    if (i < 4 && isRole(w) && (last === i - 1 || last === -1)) last = i
  })
  if (last === -1 || last === parts.length - 1) return last === -1 ? [span] : []
  const roleEnd = span.start + parts.slice(0, last + 1).join(' ').length
  const rest = run.slice(roleEnd - span.start).replace(/^\s+/, '')
  const restStart = span.end - rest.length
  if (/^(of|for|to|the)\s/i.test(rest)) {
    // "President of the European Commission": a role phrase; keep the body it names.
    const body = rest.replace(/^((of|for|to|the)\s+)+/i, '')
    return [{ start: span.end - body.length, end: span.end, type: 'organization' }]
  }
  // "Riverton General Hospital", "General Motors": a title word inside an institution's name.
  if (endsInInstitution(run)) return [span]
  return [{ start: restStart, end: span.end, type: 'person', label: text.slice(span.start, roleEnd) }]
}

/** A role phrase: has a role word among its first words, and is short. */
const rolePhrase = (chunk: string): string | undefined => {
  const w = words(chunk)
  if (w.length === 0 || w.length > 10 || !w.slice(0, 5).some(isRole)) return undefined
  return chunk.trim()
}

/**
 * Labels people with roles stated in commas around them, and marks a labelled proper name as a
 * person.
 *
 * @example
 * ```ts
 * attachRoles('US Ambassador to NATO, Julianne Smith, said.', [{ start: 23, end: 37, type: 'person' }])
 * // label "US Ambassador to NATO"
 * ```
 */
export function attachRoles(text: string, spans: Span[]): Span[] {
  return spans.map((span) => {
    if (span.label || !(span.type === 'person' || span.proper)) return span
    const before = /(?:^|[.,;:!?(]\s*|\b(?:said|says|that)\s+)([^.,;:!?()]{2,80}),\s*$/u.exec(text.slice(Math.max(0, span.start - 90), span.start))
    const after = /^,\s*((?:the|a|an)\s+)?([^.,;:!?()]{2,90})(?=[,.;:!?)]|$)/u.exec(text.slice(span.end, span.end + 100))
    const label = (before && rolePhrase(before[1]!.replace(/^(?:the|a|an)\s+/i, ''))) ?? (after && rolePhrase(after[2]!))
    if (!label) return span
    const { proper: _proper, ...rest } = span
    return { ...rest, type: 'person', label }
  })
}
