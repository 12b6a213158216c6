/**
 * @module
 * Decades and centuries written two ways: "the 1700s" is "the 18th century", and a passage dates
 * them by their years ("in 1705"). The question's way of writing one must not make it missing.
 */
import { lowerBound } from './lower-bound'

// "the 1700s", "the 1990s".
const DECADE = /^(\d{2})(\d)0s$/
// "16th" (read as a century only before "century").
const CENTURY = /^(\d{1,2})(?:st|nd|rd|th)$/i

/**
 * The leading digits of the years in a decade or century the question writes ("17" for "1700s",
 * "199" for "1990s", "15" for "16th century"), or undefined for any other word.
 *
 * @example
 * ```ts
 * periodPrefix('1700s', 'How many fled by the 1700s?') // "17"
 * ```
 */
export function periodPrefix(word: string, question: string): string | undefined {
  const decade = DECADE.exec(word)
  if (decade) return decade[2] === '0' ? decade[1]! : decade[1]! + decade[2]!
  const century = CENTURY.exec(word)
  if (!century || Number(century[1]) < 2 || !new RegExp(String.raw`\b${word}[\s-]+centur`, 'i').test(question)) return undefined
  return String(Number(century[1]) - 1)
}

/**
 * The century written the other way, as an index term: "18th" for "1700s", "1500" for "16th
 * century"; undefined for a decade ("1990s") or any other word.
 *
 * @example
 * ```ts
 * otherPeriodTerm('1700s', 'How many fled by the 1700s?') // "18th"
 * ```
 */
export function otherPeriodTerm(word: string, question: string): string | undefined {
  const prefix = periodPrefix(word, question)
  if (prefix === undefined || prefix.length !== 2) return undefined
  return CENTURY.test(word) ? `${prefix}00` : ordinal(Number(prefix) + 1)
}

/** Most years of a period taken as its expansions: a century of an article's dates. */
const MAX_YEARS = 20

// The four-digit terms of a corpus, sorted, made once per corpus on the first period asked about.
const YEARS = new WeakMap<Readonly<Record<string, number>>, string[]>()

function yearsOf(df: Readonly<Record<string, number>>): string[] {
  let years = YEARS.get(df)
  if (!years) YEARS.set(df, (years = Object.keys(df).filter((t) => /^\d{4}$/.test(t)).sort()))
  return years
}

/**
 * The index terms that write a decade or century of the question another way: the other form
 * ("18th" for "1700s") and the years of it the corpus has (`df`: its term counts), so "the 16th
 * century" finds "in 1562". Empty for any other word.
 *
 * @example
 * ```ts
 * periodTerms('16th', 'Where was the 16th century colony?', { '1562': 1, colony: 1 }) // ["1500", "1562"]
 * ```
 */
export function periodTerms(word: string, question: string, df: Readonly<Record<string, number>>): string[] {
  const prefix = periodPrefix(word, question)
  if (prefix === undefined) return []
  const other = otherPeriodTerm(word, question)
  const terms = other ? [other] : []
  const years = yearsOf(df)
  // The years that start with the prefix, from the first of them.
  for (let i = lowerBound(years, prefix); i < years.length && years[i]!.startsWith(prefix) && terms.length <= MAX_YEARS; i++) {
    if (years[i] !== other) terms.push(years[i]!)
  }
  return terms
}

/** "18th", "21st", "22nd": a century's ordinal as the text writes it. */
function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'
  return `${n}${suffix}`
}
