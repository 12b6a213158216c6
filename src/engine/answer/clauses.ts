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
  reason: /\b(?:because(?: of)?|due to|as a result of|as a consequence of|owing to|on account of|thanks to|in order to|so that|since|so as to|for fear of|out of|in (?:response|reaction|reply) to|in retaliation (?:for|against)|in protest (?:at|against|over))\s+/giu,
  manner: /\b(?:by|through|via|using|with the help of|by means of)\s+/giu,
  definition: /\b(?:is|are|was|were|refers to|means|describes|is defined as|is known as)\s+(?=(?:a|an|the|one|any)\s)/giu,
} as const

const HAS_REASON = new RegExp(PATTERNS.reason.source, 'iu')
// Weaker signs of a reason, read only when the sentence has none of the above: a cause told as what
// came first ("rebuilt *after* being struck by lightning") and a purpose ("built a mill *to* grind
// grain"; "to" before a lower-case word that is no determiner or pronoun).
const WEAK_REASON = /\b(?:after|to(?=\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|my|our|your|be|date|school|work|church|bed)\b)\p{Ll}+\b))\s+/gu
// Advice or orders name the reason themselves: "on his doctor's advice", "at the request of the king".
const ADVICE = /\b(?:on|at|under)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\p{L}'’-]+\s+){0,2}(?:advice|orders?|request|instructions?|insistence)(?:\s+of\s+(?:the\s+)?[\p{L}'’-]+)?/iu

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
  if (type === 'reason' && !HAS_REASON.test(sentence)) {
    const advice = ADVICE.exec(sentence)
    // The connective stays: "after being struck by lightning", "to grind grain" (a bare "being
    // struck…" or "grind grain…" reads as no reason).
    return advice ? { start: advice.index, end: advice.index + advice[0].length } : after(sentence, WEAK_REASON, false, true)
  }
  return after(sentence, PATTERNS[type], type === 'definition')
}

/** The clause after a match of `pattern` (with it when `keep`): the last match's, or the first's when `first`. */
function after(sentence: string, pattern: RegExp, first = false, keep = false): Clause | undefined {
  let best: Clause | undefined
  for (const m of sentence.matchAll(pattern)) {
    const start = m.index + (keep ? 0 : m[0].length)
    const rest = sentence.slice(start)
    const stop = CLAUSE_END.exec(rest)
    const end = start + (stop ? stop.index : rest.length)
    if (end - start >= 3 && (!best || !first)) best = { start, end: trimEnd(sentence, start, end) }
    if (first) break
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
