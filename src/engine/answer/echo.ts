/**
 * @module
 * Echoes: a common noun phrase made mostly of the question's own words ("theoretical computer
 * science" for "What field of computer science…?", "period of Norman architecture" for "What
 * architecture type came after Norman…?") is the question's description of the answer, not the answer.
 */
import type { Word } from './words'

/**
 * Whether at least half of a candidate's content words, the focus aside, are the question's own.
 *
 * @example
 * ```ts
 * echoes([{ term: 'theoret', … }, { term: 'comput', … }, { term: 'scienc', … }], new Set(['comput', 'scienc', 'field']), 'field') // true
 * ```
 */
export function echoes(content: readonly Word[], asked: ReadonlySet<string>, focus: string | undefined): boolean {
  const own = content.filter((w) => w.term !== focus)
  return own.length > 0 && 2 * own.filter((w) => asked.has(w.term)).length >= own.length
}
