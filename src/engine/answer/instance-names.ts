/**
 * @module
 * Names as instances of the question's category: "the complexity class *P*", "her patisserie
 * business, *Whisk of Faith*," (a name after the category noun) and "the *Irish* culture", "a
 * unique *Romanesque* idiom" (a name right before it). `instances.ts` reads the other is-a patterns.
 */
import type { Token } from '../text/tokens'

/** A token range [first, last], inclusive. */
type Range = readonly [number, number]

/** A word of a name: capitalised or a figure ("US$1,000,000"). */
export const NAME_WORD = /^[\p{Lu}\p{N}]/u
// The lower-case words a name may hold ("Whisk *of* Faith").
const CONNECTOR = /^(?:of|the|and|de|du|la|le|von|van|der)$/

/**
 * "the complexity class P", "her business, Whisk of Faith,": the name right after the focus at
 * token `k`, or after a comma when another comma or the sentence's end closes it (else it may
 * open the next clause: "After the battle, William marched").
 *
 * @example
 * ```ts
 * const text = 'the complexity class P is seen'
 * nameAfter(text, tokenize(text), 2) // [3, 3] → "P"
 * ```
 */
export function nameAfter(text: string, tokens: readonly Token[], k: number): Range | undefined {
  const i = k + 1
  if (i >= tokens.length || !NAME_WORD.test(tokens[i]!.text)) return undefined
  const gap = text.slice(tokens[k]!.end, tokens[i]!.start)
  const comma = /^\s*,\s*$/u.test(gap)
  if (!comma && !/^\s+$/u.test(gap)) return undefined
  let j = i
  const joined = (a: number, b: number) => /^\s+$/u.test(text.slice(tokens[a]!.end, tokens[b]!.start))
  while (j + 1 < tokens.length && joined(j, j + 1)) {
    if (NAME_WORD.test(tokens[j + 1]!.text)) j++
    else if (CONNECTOR.test(tokens[j + 1]!.text) && j + 2 < tokens.length && NAME_WORD.test(tokens[j + 2]!.text) && joined(j + 1, j + 2)) j += 2
    else break
  }
  if (comma && !/^\s*(?:[,.;)]|$)/u.test(text.slice(tokens[j]!.end))) return undefined
  return [i, j]
}

// Nouns English joins to their name with "of": "the colony of Fort Caroline", "the city of Paris".
const NAMED_BY_OF: ReadonlySet<string> = new Set([
  'city', 'cities', 'town', 'towns', 'village', 'colony', 'colonies', 'state', 'province', 'county', 'kingdom', 'island', 'isle',
  'port', 'region', 'republic', 'duchy', 'empire', 'principality', 'district', 'borough', 'parish', 'township', 'territory',
  'settlement', 'fort', 'month', 'house', 'dynasty', 'diocese', 'archdiocese', 'bishopric', 'earldom', 'barony',
])

/**
 * "the small colony of Fort Caroline", "the city of Paris": the name after "of" when the focus at
 * token `k` is a noun that English joins to its name so. Another noun's "of" names something else
 * ("the capital of France" is no France).
 *
 * @example
 * ```ts
 * const text = 'the small colony of Fort Caroline on the banks'
 * nameAfterOf(text, tokenize(text), 2) // [4, 5] → "Fort Caroline"
 * ```
 */
export function nameAfterOf(text: string, tokens: readonly Token[], k: number): Range | undefined {
  if (!NAMED_BY_OF.has(tokens[k]!.text.toLowerCase()) || tokens[k + 1]?.text.toLowerCase() !== 'of') return undefined
  return nameAfter(text, tokens, k + 1)
}

/**
 * "the Irish culture", "a unique Romanesque idiom": the name right before the focus at token `k`,
 * inside the category's phrase starting at token `from` (not the sentence's first word).
 *
 * @example
 * ```ts
 * nameBefore(tokenize('They spread a unique Romanesque idiom'), 2, 5) // [4, 4] → "Romanesque"
 * ```
 */
export function nameBefore(tokens: readonly Token[], from: number, k: number): Range | undefined {
  let i = k
  while (i - 1 >= Math.max(from, 1) && NAME_WORD.test(tokens[i - 1]!.text)) i--
  return i < k ? [i, k - 1] : undefined
}

