/**
 * @module
 * What kind of place a place name is: a country, city, state (or province, region), water or
 * land. "What country does the Rhine empty into?" then sets aside "the North Sea", a water
 * (`answer/place-kinds.ts`). From compromise's tags (build time) and the name's head word; a name
 * neither tells stays without a kind, and nothing is held against it.
 */
import type { PlaceKind, Span } from '../types'
import type { TaggedTerm } from './tagged'

// The head word ends an English name ("North Sea") or opens one ("Lake Constance", "Gulf of Mexico").
const WATER = /\b(?:river|sea|ocean|lake|bay|gulf|strait|channel|canal|estuary|lagoon|harbou?r|creek|falls|delta)$|^(?:the\s+)?(?:lake|river|gulf|bay|sea)\b/i
const LAND = /\b(?:mountains?|mount|range|ranges|valley|desert|island|islands|peninsula|plain|plateau|hills?|forest|alps|basin|coast)$|^(?:the\s+)?(?:mount|mt\.?|isle|cape)\b/i

/**
 * A place span with its kind, when the tags or its head word say it; other spans unchanged.
 *
 * @example
 * ```ts
 * withPlaceKind('the Netherlands', { start: 4, end: 15, type: 'place' }, terms) // { …, kind: 'country' }
 * ```
 */
export function withPlaceKind(text: string, span: Span, terms: readonly TaggedTerm[]): Span {
  if (span.type !== 'place') return span
  const name = text.slice(span.start, span.end)
  const kind = WATER.test(name) ? 'water' : LAND.test(name) ? 'land' : tagKind(terms.filter((t) => t.start >= span.start && t.end <= span.end))
  return kind ? { ...span, kind } : span
}

function tagKind(terms: readonly TaggedTerm[]): PlaceKind | undefined {
  const has = (tag: string) => terms.length > 0 && terms.every((t) => t.tags.has(tag) || !/^\p{Lu}/u.test(t.text))
  if (has('Country')) return 'country'
  if (has('City')) return 'city'
  if (has('Region')) return 'state'
  return undefined
}
