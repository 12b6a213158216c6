/**
 * @module
 * Word tables that user text can index safely. A plain object literal inherits `constructor`,
 * `toString` and `__proto__`, so `TABLE[word]` with a word from a question can return a function
 * and crash the request; these tables have no prototype.
 */

/**
 * A frozen, prototype-free copy of `entries`: `word in table` and `table[word]` see only its own keys.
 *
 * @example
 * ```ts
 * const UNITS = lookupTable({ one: 1, two: 2 })
 * UNITS['constructor'] // undefined
 * ```
 */
export function lookupTable<V>(entries: Record<string, V>): Readonly<Record<string, V>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries))
}
