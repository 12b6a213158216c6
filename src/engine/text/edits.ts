/**
 * @module
 * Whether two words are one typing slip apart. Shared by question analysis ("broadcastr" is a
 * broadcaster) and the substitution rules ("serf breaks" asks about "surf breaks").
 */

/**
 * Whether two different words differ by one inserted, deleted or replaced letter.
 *
 * @example
 * ```ts
 * oneEditApart('serf', 'surf') // true
 * oneEditApart('broadcastr', 'broadcaster') // true
 * oneEditApart('cold', 'hot') // false
 * ```
 */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1)
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}
