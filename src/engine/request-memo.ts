/**
 * @module
 * A memo for what is read from one request's objects (its question analysis, its analysed query)
 * several times during that request: it keeps the value for the last key only, held strongly.
 * A WeakMap keyed by the request's object would do the same, but the young-generation collector
 * keeps a WeakMap's values alive through the next collection, so every request since the last
 * one would be copied again (measured: the collections' survivors grew by a third).
 */

/**
 * `compute`, remembered for the last key it was called with (compared by identity).
 *
 * @example
 * ```ts
 * const slotOf = requestMemo((q: QuestionAnalysis) => askedSlotOf(q))
 * slotOf(question) === slotOf(question) // computed once
 * ```
 */
export function requestMemo<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  let lastKey: K | undefined
  let lastValue: V
  return (key) => {
    if (key !== lastKey) {
      lastValue = compute(key)
      lastKey = key
    }
    return lastValue
  }
}
