/**
 * @module
 * Questions that ask what someone does or did ("What did some members propose doing…?", "What
 * does NATO plan to do?"): their answer is an act, a gerund phrase ("downgrading the military
 * assistance"), which other questions do not want.
 */

// "doing" anywhere, or "do" as the asked verb after a what-question's auxiliary ("What does NATO plan to do?").
const ACTION = /\bdoing\b|\bwhat\s+(?:do|does|did|will|would|can|could|should|must)\s+.*\bdo\b/i

/**
 * Whether a question asks for an act.
 *
 * @example
 * ```ts
 * asksForAction('What did some members propose doing to the assistance?') // true
 * asksForAction('What does NATO aim to bolster?') // false
 * ```
 */
export function asksForAction(question: string): boolean {
  return ACTION.test(question)
}
