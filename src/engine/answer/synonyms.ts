/**
 * @module
 * Whether two words say the same thing ("exact" and "precise", "specific" and "particular",
 * "section" and "part"): WordNet's adjective synonyms and nouns with their hypernyms
 * (`synonyms-data.ts`), so that a question paraphrasing a sentence's words is not taken for one
 * that changed them (`substitutions.ts`).
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
 * Whether lower-case words `a` and `b` are WordNet synonyms (a plural read as its singular).
 *
 * @example
 * ```ts
 * synonymous('exact', 'precise') // true
 * synonymous('finite', 'infinite') // false
 * ```
 */
export function synonymous(a: string, b: string): boolean {
  const table = groupTable()
  const of = table[b] ?? table[singular(b)]
  const mine = table[a] ?? table[singular(a)]
  return of !== undefined && (mine?.some((g) => of.includes(g)) ?? false)
}

/** A plural's singular, by the regular endings ("parts" → "part", "cities" → "city"); the data lists singulars. */
function singular(word: string): string {
  return word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('es') && /(?:s|x|z|sh|ch)es$/.test(word) ? word.slice(0, -2) : word.replace(/s$/, '')
}
