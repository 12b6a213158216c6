/**
 * @module
 * Query expansions for the corpus: acronyms the content defines ("Center for European Policy
 * Analysis (CEPA)") plus the curated synonyms, all as index terms.
 */
import { CURATED_SYNONYMS } from '../search/synonyms'
import { isIrregular, pastForms } from '../answer/irregular-verbs'
import { normalizeTerm } from '../text/terms'
import { tokenizeWords } from '../text/tokens'

// Two or more words (capitalised, with small connecting words between) then "(ACRONYM)".
const DEFINITION = /((?:\p{Lu}[\p{L}'’-]*[\s,]+(?:(?:of|for|and|the|on|in|de|du|des|der|von|&)\s+)*){1,9}\p{Lu}[\p{L}'’-]*)\s+\((\p{Lu}[\p{Lu}&]{1,9}s?)\)/gu
const SMALL_WORDS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'du', 'des', 'der', 'von', '&'])

/** An acronym the text defines, with its long form and where both stand. */
export interface AcronymDefinition {
  acronym: string
  /** The long form, its words joined by single spaces. */
  expansion: string
  /** Offsets of the long form as written, and of the acronym inside its brackets. */
  start: number
  end: number
  acronymStart: number
}

/**
 * The acronyms a text defines, with their long forms, when the acronym's letters are the
 * initials of the long form's capitalised words (allowing for a leading "the" and small words).
 *
 * @example
 * ```ts
 * findAcronyms('the Center for European Policy Analysis (CEPA) said')
 * // [{ acronym: 'CEPA', expansion: 'Center for European Policy Analysis' }]
 * ```
 */
export function findAcronyms(text: string): { acronym: string; expansion: string }[] {
  return acronymDefinitions(text).map(({ acronym, expansion }) => ({ acronym, expansion }))
}

/**
 * `findAcronyms` with offsets: what the build indexes, and what the answer step reads when an
 * acronym in brackets restates the name before it (`answer/conversions.ts`).
 *
 * @example
 * ```ts
 * acronymDefinitions('Riverton Mobility (RM) will')[0] // { acronym: 'RM', expansion: 'Riverton Mobility', start: 0, end: 17, acronymStart: 19 }
 * ```
 */
export function acronymDefinitions(text: string): AcronymDefinition[] {
  const found: AcronymDefinition[] = []
  for (const match of text.matchAll(DEFINITION)) {
    const acronym = match[2]!
    const letters = acronym.replace(/s$/, '').replace(/&/g, '').toLowerCase()
    const placed = [...match[1]!.matchAll(/[^\s,]+/g)]
    const words = placed.map((w) => w[0])
    // Take the shortest tail of the words whose initials spell the acronym.
    for (let from = words.length - 1; from >= 0; from--) {
      const tail = words.slice(from)
      if (SMALL_WORDS.has(tail[0]!.toLowerCase())) continue
      const initials = tail.filter((w) => !SMALL_WORDS.has(w.toLowerCase())).map((w) => w[0]!.toLowerCase()).join('')
      // "Voice of America (VOA)" spells its small words too.
      const allInitials = tail.map((w) => w[0]!.toLowerCase()).join('')
      if (initials === letters || allInitials === letters) {
        const start = match.index + placed[from]!.index!
        found.push({ acronym, expansion: tail.join(' '), start, end: match.index + match[1]!.length, acronymStart: match.index + match[0].lastIndexOf(acronym) })
        break
      }
      if (initials.length > letters.length) break
    }
  }
  return found
}

/** Long forms kept per acronym: the most frequent ones (a fifth as frequent as the first at least). */
const MAX_LONG_FORMS = 2

const phrase = (text: string): string => tokenizeWords(text).flatMap((w) => normalizeTerm(w) ?? []).join(' ')

/**
 * Expansion table for the corpus: every phrase (as space-joined index terms) → its equivalents.
 *
 * @example
 * ```ts
 * buildSynonyms(['the Voice of America (VOA) reported'])['voa'] // ["voic america"]
 * ```
 */
export function buildSynonyms(texts: readonly string[]): Record<string, string[]> {
  // An irregular verb brings its past forms: "constructed" should find "built", not only "build".
  const groups: string[][] = CURATED_SYNONYMS.map((g) => g.flatMap((w) => [w, ...(isIrregular(w) ? pastForms(w) : [])]).map(phrase))
  // Count each definition, so that an acronym defined inconsistently keeps its usual long forms.
  const definitions = new Map<string, Map<string, number>>()
  for (const text of texts) {
    for (const { acronym, expansion } of findAcronyms(text)) {
      const forms = definitions.get(phrase(acronym)) ?? new Map<string, number>()
      forms.set(phrase(expansion), (forms.get(phrase(expansion)) ?? 0) + 1)
      definitions.set(phrase(acronym), forms)
    }
  }
  for (const [acronym, forms] of definitions) {
    const ranked = [...forms].sort((a, b) => b[1] - a[1])
    const kept = ranked.filter(([, n]) => n * 5 >= ranked[0]![1]).slice(0, MAX_LONG_FORMS)
    for (const [expansion] of kept) groups.push([acronym, expansion])
  }
  const table = new Map<string, string[]>()
  for (const group of groups) {
    const members = [...new Set(group.filter(Boolean))]
    for (const m of members) {
      const others = members.filter((o) => o !== m)
      table.set(m, [...new Set([...(table.get(m) ?? []), ...others])])
    }
  }
  return Object.fromEntries(table)
}
