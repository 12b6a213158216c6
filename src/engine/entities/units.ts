/**
 * @module
 * Units of measure written after a figure. "2000 kilometres" is a length and "1900 tonnes" a mass,
 * not a year, so the date rules leave such a figure to the count rules; a measure question reads
 * the same lists to tell a length from a time (`answer/dimensions.ts`).
 */

/**
 * A unit of length, as a regular-expression source (not "in", which is more often the preposition).
 *
 * @example
 * ```ts
 * new RegExp(String.raw`^(?:${LENGTH_UNIT})$`, 'i').test('km') // true
 * ```
 */
export const LENGTH_UNIT = String.raw`km|kilomet(?:re|er)s?|miles?|mi|met(?:re|er)s?|m|feet|ft|foot|inch(?:es)?|cm|centimet(?:re|er)s?|mm|millimet(?:re|er)s?|yards?|yd|nmi|leagues?`

/**
 * A unit of time, as a regular-expression source: what a duration counts ("three years").
 *
 * @example
 * ```ts
 * new RegExp(String.raw`^(?:${TIME_UNIT})$`, 'i').test('decades') // true
 * ```
 */
export const TIME_UNIT = 'seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|millennia|millennium'

/**
 * Units of mass, as a regular-expression source (match case-insensitively, after the figure).
 *
 * @example
 * ```ts
 * new RegExp(String.raw`^(?:${MASS_UNIT})$`, 'i').test('grams') // true
 * ```
 */
export const MASS_UNIT = String.raw`grams?|g|kilograms?|kg|milligrams?|mg|tonnes?|tons?|t|pounds?|lbs?|ounces?|oz|stone`

/**
 * A unit word, as a regular-expression source (match case-insensitively, after the figure and its space).
 *
 * @example
 * ```ts
 * new RegExp(String.raw`^\s*${MEASURE_UNIT}\b`, 'i').test(' kilometres') // true
 * ```
 */
export const MEASURE_UNIT = String.raw`(?:${LENGTH_UNIT}|sq|square|tonnes?|tons?|kg|kilograms?|grams?|pounds|lbs?|hectares?|acres?|litres?|liters?)`
