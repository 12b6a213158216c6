/**
 * @module
 * Whether a sentence word is a form of a question's verb, cheaply: by index term ("conquered" for
 * "conquer"), by irregular base form ("took" for "take", `irregular-verbs.ts`), and only for
 * -ise/-yse spellings by stemming again ("organised" for "organize"): the rules call it on every
 * word of a sentence, and a stemmer call costs more than the rest together.
 */
import { baseOf, isIrregular } from './irregular-verbs'
import type { RuleWord } from './rule-words'
import { verbTerm } from './verb-term'

/** A question's verb: its index term, base form (irregular forms resolved) and form as written, lower-case. */
export interface VerbForms {
  term: string
  base: string
  lower: string
  /** Whether the verb has irregular forms, so a sentence word's base form is worth looking up. */
  irregular: boolean
}

// British spellings the index term does not join with -ize ("organis" and "organiz").
const BRITISH = /[iy]s(?:e|ed|es|ing)$/

/**
 * The forms of a question word read as a verb; undefined for a stop word.
 *
 * @example
 * ```ts
 * verbForms({ text: 'took', lower: 'took', term: 'took', start: 0, end: 4 }) // { term: "took", base: "take", lower: "took", irregular: true }
 * ```
 */
export function verbForms(w: RuleWord): VerbForms | undefined {
  if (w.term === null) return undefined
  const base = baseOf(w.lower) ?? w.lower
  return { term: w.term, base, lower: w.lower, irregular: isIrregular(base) }
}

/**
 * Whether `word` is the doer's noun of `verb` (both lower-case): "manager" shares its stem with
 * "manages", but "City manager Elena Sorensen" says nothing about who manages what. "offer" for
 * "offers" is the verb itself.
 *
 * @example
 * ```ts
 * agentNoun('manager', 'manages') // true
 * agentNoun('offer', 'offers') // false
 * ```
 */
export const agentNoun = (word: string, verb: string): boolean => /(?:er|or)s?$/.test(word) && !verb.startsWith(word.replace(/s$/, ''))

/**
 * Whether sentence word `w` is a lower-case form of the verb, not its doer's noun.
 *
 * @example
 * ```ts
 * usesVerb({ text: 'led', lower: 'led', term: 'led', start: 0, end: 3 }, verbForms(lead)!) // true
 * ```
 */
export function usesVerb(w: RuleWord, verb: VerbForms): boolean {
  const term = w.term
  if (term === null) return false
  // Cheapest tests first: this runs on every word of a sentence.
  const same = term === verb.term
    || (verb.irregular && baseOf(w.lower) === verb.base)
    || (term.startsWith(verb.term.slice(0, 3)) && (BRITISH.test(w.lower) || BRITISH.test(verb.lower)) && verbTerm(w.text) === verbTerm(verb.lower))
  // Lower case: "Marry" may be a verb in a question, but a capitalised sentence word is a name.
  return same && w.text[0] === w.lower[0] && !agentNoun(w.lower, verb.lower)
}
