/**
 * @module
 * Offsets of matched words in a passage, for highlighting.
 */
import { normalizeTerm } from '../text/terms'
import { tokenize } from '../text/tokens'

/**
 * Offsets of the tokens of `text` whose index term is one of `terms`.
 *
 * @example
 * ```ts
 * highlight('Ukraine fired 6,000 rounds', new Set(['6000'])) // [[14, 19]]
 * ```
 */
export function highlight(text: string, terms: ReadonlySet<string>): [number, number][] {
  const ranges: [number, number][] = []
  for (const token of tokenize(text)) {
    const term = normalizeTerm(token.text)
    if (term !== null && terms.has(term)) ranges.push([token.start, token.end])
  }
  return ranges
}
