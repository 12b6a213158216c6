/**
 * @module
 * Units of measure written after a figure. "2000 kilometres" is a length and "1900 tonnes" a mass,
 * not a year, so the date rules leave such a figure to the count rules.
 */

/**
 * A unit word, as a regular-expression source (match case-insensitively, after the figure and its space).
 *
 * @example
 * ```ts
 * new RegExp(String.raw`^\s*${MEASURE_UNIT}\b`, 'i').test(' kilometres') // true
 * ```
 */
export const MEASURE_UNIT = String.raw`(?:km|kilomet(?:re|er)s?|miles?|mi|met(?:re|er)s?|m|feet|ft|yards?|sq|square|tonnes?|tons?|kg|kilograms?|pounds|lbs?|hectares?|acres?|litres?|liters?)`
