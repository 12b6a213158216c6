/**
 * @module
 * Answers that are not entities: a reason ("because…", "due to…"), a manner ("by…ing") or a
 * definition ("X is a…"), cut from the sentence by its connective words. When none is found the
 * caller falls back to the whole sentence.
 */

/** A stretch of the sentence, by offsets into the sentence text. */
export interface Clause {
  start: number
  end: number
}

const CLAUSE_END = /[,;:.!?)"”]|\s(?:and|but|while|which|who|although|whereas)\s/u

const PATTERNS = {
  reason: /\b(?:because(?: of)?|due to|as a result of|owing to|thanks to|in order to|so that|since|so as to|for fear of|out of)\s+/giu,
  manner: /\b(?:by|through|via|using|with the help of|by means of)\s+/giu,
  definition: /\b(?:is|are|was|were|refers to|means|describes|is defined as|is known as)\s+(?=(?:a|an|the|one|any)\s)/giu,
} as const

/**
 * The clause that answers a reason, manner or definition question, or undefined.
 *
 * @example
 * ```ts
 * clauseAnswer('reason', 'They are short because they gave shells to Ukraine.')
 * // { start: 23, end: 51 } → "they gave shells to Ukraine"
 * ```
 */
export function clauseAnswer(type: keyof typeof PATTERNS, sentence: string): Clause | undefined {
  let best: Clause | undefined
  for (const m of sentence.matchAll(PATTERNS[type])) {
    const start = m.index + m[0].length
    const rest = sentence.slice(start)
    const stop = CLAUSE_END.exec(rest)
    const end = start + (stop ? stop.index : rest.length)
    if (end - start >= 3 && (!best || type !== 'definition')) best = { start, end: trimEnd(sentence, start, end) }
    if (type === 'definition') break
  }
  return best
}

const trimEnd = (text: string, start: number, end: number) => start + text.slice(start, end).trimEnd().length

/**
 * Whether a clause type is one `clauseAnswer` handles.
 *
 * @example
 * ```ts
 * isClauseType('reason') // true
 * ```
 */
export function isClauseType(type: string): type is keyof typeof PATTERNS {
  return type in PATTERNS
}
