/**
 * @module
 * The question and span kinds `candidates.ts` tells apart: which types a name, a figure, a
 * description or a light noun answers, which span texts stay whole, and when list members are parallel.
 */

/** A what-question that asks for a kind of its focus ("what kind of economy"). */
export const ASKS_KIND = /\b(?:kind|type|sort)s? of\b/i

/** A what-question that asks for what something is named: a proper name answers it, not a description. */
export const ASKS_PROPER_NAME = /\b(?:the name of|the name given to|named|called|known as)\b/i

/** Types whose span text is kept whole: "up to 6,000 rounds" answers "how many rounds" with its noun. */
export const WHOLE: ReadonlySet<string> = new Set(['number', 'money', 'percent', 'duration', 'date', 'quote'])

/** Taken from each later member of a parallel list (far below any weight): among equals the first named answers. */
export const LIST_ORDER = 0.001

/**
 * Whether list members are parallel: each of two words or more, all ending in the same head noun.
 *
 * @example
 * ```ts
 * parallel(['the Boolean satisfiability problem', 'the vertex cover problem']) // true
 * ```
 */
export function parallel(members: readonly string[]): boolean {
  const heads = members.map((m) => (/\s/.test(m.trim()) ? /(\p{L}+)\P{L}*$/u.exec(m)?.[1]?.toLowerCase() : undefined))
  return heads[0] !== undefined && heads.every((h) => h === heads[0])
}

/** Types a noun naming the answer precedes: a role before a name, a kind before an instance. */
export const APPOSED: ReadonlySet<string> = new Set(['person', 'organization', 'place', 'other'])
/** Types that ask for a figure or a date: a name read off a naming phrase answers none of them. */
export const FIGURES: ReadonlySet<string> = new Set(['number', 'money', 'percent', 'duration', 'date'])
/** Types a description in the question's words may name (`descriptions.ts`). */
export const DESCRIBED: ReadonlySet<string> = new Set(['person', 'organization', 'place', 'other'])
/** Types a person noun phrase may answer: "who" ("her boyfriend"), "what" ("what does he do?"). */
export const PERSON_PHRASE: ReadonlySet<string> = new Set(['person', 'other'])
/** Types a light noun ("amount", "set") does not answer by itself. */
export const LIGHT: ReadonlySet<string> = new Set(['other', 'definition'])
/** Types a name answers: a one-word name that modifies a noun is none of them. */
export const NAMED: ReadonlySet<string> = new Set(['person', 'organization', 'place'])
/** Whether a type asks for a typed span (a name, figure or date). */
export const isTyped = (type: string): boolean => ['person', 'organization', 'place', 'date', 'number', 'money', 'percent', 'duration'].includes(type)
