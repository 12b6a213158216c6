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
