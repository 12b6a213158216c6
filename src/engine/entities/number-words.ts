/**
 * @module
 * Reads numbers written in digits or words ("6,000", "2.1 billion", "one million", "a dozen")
 * into plain values, so answers can carry a `normalized` form.
 */
import { lookupTable } from '../text/lookup-table'

const UNITS: Readonly<Record<string, number>> = lookupTable({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, a: 1, an: 1, half: 0.5,
  // "a single output" answers "how many outputs".
  single: 1,
})

/** Multipliers after a number: "2.1 billion", "five hundred". */
export const SCALES: Readonly<Record<string, number>> = lookupTable({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, m: 1e6, k: 1e3,
})

/** Number words, as a regex alternation (longest first so "seventeen" beats "seven"). */
export const NUMBER_WORDS = Object.keys(UNITS)
  .filter((w) => w !== 'a' && w !== 'an' && w !== 'half')
  .sort((a, b) => b.length - a.length)
  .join('|')

/** Scale words, as a regex alternation. */
export const SCALE_WORDS = 'hundred|thousand|million|billion|trillion|bn'

/**
 * The value of a number phrase, or undefined when it is not one.
 *
 * @example
 * ```ts
 * parseNumber('6,000') // 6000
 * parseNumber('2.1 billion') // 2100000000
 * parseNumber('one million') // 1000000
 * parseNumber('twenty-five') // 25
 * ```
 */
export function parseNumber(phrase: string): number | undefined {
  const words = phrase.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter((w) => w !== '' && w !== 'and')
  let total = 0
  let current: number | undefined
  for (const word of words) {
    const digits = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(word) ? Number(word.replace(/,/g, '')) : undefined
    if (digits !== undefined) current = (current ?? 0) + digits
    else if (word in UNITS) current = (current ?? 0) + UNITS[word]!
    else if (word === 'dozen') current = (current ?? 1) * 12
    else if (word in SCALES) {
      const scale = SCALES[word]!
      if (scale === 100) current = (current ?? 1) * scale
      else {
        total += (current ?? 1) * scale
        current = 0
      }
    } else return undefined
  }
  if (current === undefined && total === 0) return undefined
  return total + (current ?? 0)
}

/**
 * A number as plain text without float noise: 2100000000, 0.5, 6000.
 *
 * @example
 * ```ts
 * plainNumber(2.1e9) // "2100000000"
 * ```
 */
export function plainNumber(value: number): string {
  return Number.isInteger(value) ? value.toFixed(0) : String(Math.round(value * 1e6) / 1e6)
}
