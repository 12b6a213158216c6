/**
 * @module
 * Binary search in a sorted list of strings: where the words starting with a prefix begin.
 */

/**
 * The index of the first entry of `sorted` that is not less than `key` (`sorted.length` if none):
 * the words starting with `key` run from there.
 *
 * @example
 * ```ts
 * lowerBound(['ammo', 'bread', 'brick'], 'br') // 1
 * ```
 */
export function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]! < key) lo = mid + 1
    else hi = mid
  }
  return lo
}
