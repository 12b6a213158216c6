/**
 * @module
 * Venues as places: "Where did Smith speak?" is answered by the event she spoke at ("at the
 * Winning the Peace forum"), not only by a country. A venue is a short phrase after "at", "in" or
 * "during" that ends in an event noun; the caller scores it like a place span.
 */

/** A venue phrase, by offsets into the text given. */
export interface Venue {
  start: number
  end: number
}

const EVENTS = 'forum|summit|conference|meeting|congress|convention|festival|ceremony|rally|session|assembly|symposium|expo|exhibition|talks|hearing|briefing|gathering|event|games|olympics|tournament|championship|cup|council|parliament|dialogue'
// Up to six words (no punctuation) between the preposition and the event noun.
const VENUE = new RegExp(`\\b(?:at|in|during|to)\\s+((?:the\\s+|a\\s+|an\\s+)?(?:[\\p{L}\\p{N}'’-]+\\s+){0,6}?(?:${EVENTS})s?)\\b`, 'giu')

/**
 * The venue phrases of a text (a sentence), without their preposition.
 *
 * @example
 * ```ts
 * venuesIn('Speaking virtually at the Winning the Peace forum organised by CEPA')
 * // [{ start: 21, end: 49 }] → "the Winning the Peace forum"
 * ```
 */
export function venuesIn(text: string): Venue[] {
  const found: Venue[] = []
  for (const m of text.matchAll(VENUE)) {
    const start = m.index + m[0].length - m[1]!.length
    found.push({ start, end: start + m[1]!.length })
  }
  return found
}
