/**
 * @module
 * Where the phrase filling a verb's slot starts and ends in a sentence's tokens, with no parser:
 * past a preposition and determiners, up to punctuation, a clause word or (for an object) a
 * preposition. Shared by the verb-slot rule (`verb-slots.ts`) and the stranded-preposition rule
 * (`stranded-prepositions.ts`), with the auxiliaries the verb rules (`verb-roles.ts` too) skip.
 */
import type { Token } from '../text/tokens'

/** Auxiliaries and modals: never the question's own verb. */
export const AUX = /^(?:is|are|was|were|be|been|being|am|do|does|did|has|have|had|can|could|will|would|shall|should|may|might|must)$/i
// Words that skip before an object: determiners and quantifiers ("captures *many of the* models").
export const LEAD = /^(?:the|a|an|his|her|their|its|our|some|many|much|most|all|several|any|of|each|every)$/i
// Words that close the phrase after a verb: a clause's start or a conjunction.
export const CLOSE = /^(?:and|or|but|that|which|who|whom|whose|because|since|while|when|where|so|if|although|though|is|are|was|were)$/i
// Prepositions that end an object ("a monastery *at* Sant'Eufemia"); "of" continues it ("many of the models").
export const PREPOSITION = /^(?:in|at|on|to|from|with|by|for|into|during|after|before|under|over|between|through|as|than|within|without|since|until|against|among)$/i
/** Punctuation that ends a phrase. */
export const CUT = /[,;:()—–]/

/**
 * The first token of the phrase opening at token `i`, past a preposition, determiners and an exception's
 * "nothing other than" or "nothing but" (the slot's filler is what follows it: "surviving on nothing but coffee").
 *
 * @example
 * ```ts
 * slotStart(tokenize('lived on the fish'), 1) // 3: "fish"
 * ```
 */
export function slotStart(tokens: readonly Token[], i: number): number {
  // "lived *on* nothing but…": a preposition right after the verb opens its phrase.
  if (PREPOSITION.test(tokens[i]?.text ?? '')) i++
  while (i < tokens.length && LEAD.test(tokens[i]!.text)) i++
  const words = tokens.slice(i, i + 3).map((t) => t.text.toLowerCase()).join(' ')
  const exception = /^(?:nothing|none|no one|little) (?:other than|else than|but|except|apart from)\b/.exec(words)
  return exception ? i + exception[0].split(' ').length : i
}

/**
 * The last token of the phrase starting at token `i` (at most nine tokens): up to punctuation, a
 * clause word or, when `object`, a preposition. With `coordination`, "and"/"or" do not end it
 * ("its many castles and vineyards").
 *
 * @example
 * ```ts
 * const text = 'known for its castles, and more'
 * phraseEnd(text, tokenize(text), 3, true) // 3: "castles"
 * ```
 */
export function phraseEnd(text: string, tokens: readonly Token[], i: number, object: boolean, coordination = false): number {
  const ends = (t: string) => (CLOSE.test(t) && !(coordination && COORDINATOR.test(t))) || (object && PREPOSITION.test(t))
  let j = i
  while (j + 1 < tokens.length && j - i < 8 && !ends(tokens[j + 1]!.text) && !CUT.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) j++
  return Math.min(j, tokens.length - 1)
}

const COORDINATOR = /^(?:and|or)$/i
