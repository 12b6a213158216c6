/**
 * @module
 * Whether two adjectives say the same thing ("exact" and "precise", "specific" and "particular"):
 * WordNet's adjective synonyms (`synonyms-data.ts`), so that a question paraphrasing a sentence's
 * modifier is not taken for one that changed it (`substitutions.ts`).
 */
import { lookupTable } from '../text/lookup-table'
import { WORDNET_SYNONYMS } from './synonyms-data'

let groups: Readonly<Record<string, readonly number[]>> | undefined
/** Word → the groups it is in, built once (on the first question that can use it). */
function groupTable(): Readonly<Record<string, readonly number[]>> {
  if (groups) return groups
  const table: Record<string, number[]> = {}
  WORDNET_SYNONYMS.split('|').forEach((group, i) => {
    for (const word of group.split(' ')) (table[word] ??= []).push(i)
  })
  return (groups = lookupTable(table))
}

/**
 * Whether lower-case words `a` and `b` are WordNet adjective synonyms.
 *
 * @example
 * ```ts
 * synonymous('exact', 'precise') // true
 * synonymous('finite', 'infinite') // false
 * ```
 */
export function synonymous(a: string, b: string): boolean {
  const table = groupTable()
  const of = table[b]
  return of !== undefined && (table[a]?.some((g) => of.includes(g)) ?? false)
}
