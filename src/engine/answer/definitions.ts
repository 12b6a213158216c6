/**
 * @module
 * "What is X?" read off the sentence: the long form of an acronym the text defines
 * ("Center for European Policy Analysis (CEPA)"), an appositive ("X, a Ukrainian lawmaker,") or an
 * "X is a/the …" clause. Only the term asked about is read: a clause about something else in the
 * same sentence is not its definition.
 */

/** A definition, by offsets into the sentence text. */
export interface Definition {
  start: number
  end: number
  /** "acronym" when the long form of an acronym, else "clause". */
  kind: 'acronym' | 'clause'
}

const ASKED = /^\s*(?:what|who)(?:'s|\s+(?:is|was|are|were))\s+(?:an?\s+|the\s+)?(.+?)\s*\??\s*$|^\s*what\s+(?:does|did|do)\s+(?:the\s+)?(.+?)\s+(?:stand\s+for|mean|refer\s+to)\s*\??\s*$|^\s*what\s+is\s+(.+?)\s+short\s+for\s*\??\s*$/iu
// "What is the full name of the molecule abbreviated as TMAO?": the acronym at the end.
const FULL_NAME = /^\s*what\s+(?:is|was|are|were)\s+the\s+full\s+(?:name|form|title)\s+(?:of|for)\s+[^?]*?\b([\p{L}\p{N}&.-]+)\s*\??\s*$/iu
const ACRONYM = /^[\p{Lu}][\p{Lu}\p{N}&.-]+$/u
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
// After the term: an appositive ", a/the …," or a copula "is a/the …", up to the clause's end.
const AFTER = /^(?:\s*\([^)]{1,60}\))?(?:\s*,\s+|\s+(?:is|was|are|were|refers to|means)\s+)((?:an?|the|one)\s[^,;:.!?()]{2,120}?)(?=\s*[,;:.!?()]|\s+(?:that|which|who|and|but)\s|$)/u

/**
 * The term a definition question asks about ("What is CEPA?" → "CEPA"), or undefined.
 *
 * @example
 * ```ts
 * definedTerm('What does VOA stand for?') // "VOA"
 * ```
 */
export function definedTerm(question: string): string | undefined {
  const full = FULL_NAME.exec(question)?.[1]
  if (full && ACRONYM.test(full)) return full
  const m = ASKED.exec(question)
  const term = m && (m[1] ?? m[2] ?? m[3])
  return term && term.split(/\s+/).length <= 6 ? term : undefined
}

/**
 * The definitions of `term` that a sentence states, best first: an acronym's long form (written
 * before "(TERM)"), then an appositive or "is a …" clause after the term.
 *
 * @example
 * ```ts
 * definitionsIn('the Center for European Policy Analysis (CEPA) said', 'CEPA', ['Center for European Policy Analysis'])
 * // [{ start: 4, end: 39, kind: 'acronym' }]
 * ```
 */
export function definitionsIn(sentence: string, term: string, longForms: readonly string[] = []): Definition[] {
  const found: Definition[] = []
  if (ACRONYM.test(term)) {
    const at = sentence.indexOf(`(${term})`)
    for (const long of longForms) {
      const start = sentence.lastIndexOf(long, at)
      if (at > 0 && start >= 0 && sentence.slice(start + long.length, at).trim() === '') found.push({ start, end: start + long.length, kind: 'acronym' })
    }
  }
  const named = new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, 'giu')
  for (const m of sentence.matchAll(named)) {
    const after = AFTER.exec(sentence.slice(m.index + m[0].length))
    if (!after) continue
    const start = m.index + m[0].length + after.index + after[0].length - after[1]!.length
    found.push({ start, end: start + after[1]!.trimEnd().length, kind: 'clause' })
  }
  return found
}

/**
 * The words right before "(TERM)" that spell an acronym from letters inside them, as scientific
 * names do: "trimethylamine N-oxide (TMAO)". The shortest run of up to four words (within the
 * clause) that opens with the acronym's first letter and holds all its letters in order.
 *
 * @example
 * ```ts
 * spelledBefore('a molecule, trimethylamine N-oxide (TMAO), reaches', 'TMAO') // { start: 12, end: 34 }
 * ```
 */
export function spelledBefore(sentence: string, term: string): { start: number; end: number } | undefined {
  const at = sentence.indexOf(`(${term})`)
  if (at <= 0 || !ACRONYM.test(term)) return undefined
  const letters = term.replace(/[^\p{L}]/gu, '').toLowerCase()
  const before = sentence.slice(0, at).replace(/\s+$/, '')
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('(')) + 1
  const words = [...before.slice(clauseStart).matchAll(/\S+/g)]
  for (let from = words.length - 1; from >= Math.max(0, words.length - 4); from--) {
    const tail = words.slice(from).map((w) => w[0])
    if (tail[0]![0]!.toLowerCase() !== letters[0] || !inOrder(letters, tail.join('').toLowerCase())) continue
    return { start: clauseStart + words[from]!.index, end: before.length }
  }
  return undefined
}

/** Whether the letters of `short` appear in `long` in order. */
function inOrder(short: string, long: string): boolean {
  let k = 0
  for (let i = 0; i < long.length && k < short.length; i++) if (long[i] === short[k]) k++
  return k === short.length
}
