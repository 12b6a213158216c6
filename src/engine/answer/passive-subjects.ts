/**
 * @module
 * Passive questions whose sentence says the verb of something else: "When was the Abbey of St Colm
 * founded?" asked of "The town was founded in 1214, when monks from the Abbey of St Colm built a
 * mill". The sentence names the abbey, so "the town" is not another way of saying it: the date is
 * the town's. A sentence that does not name the asked thing may describe it ("The town was founded
 * in 1214" for "When was Dunmore founded?"), so the rule fires only when it does, outside the slot.
 */
import type { QuestionAnalysis } from '../question/analyze'

// "When/Where/In what year was [the] NAME [first] VERBED…?": the name a run of capitalised words
// joined by "of", "the", "de", "and".
const ASKED = /^\s*(?:[Ww]hen|[Ww]here|[Ii]n\s+(?:what|which)\s+year|[Ww]hat\s+year)\s+(?:was|were|is|are)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|the|de|and|for)\s+)*\p{Lu}[\p{L}'’.-]*)*)\s+(?:first\s+|originally\s+|initially\s+|officially\s+)?(\p{Ll}{3,}(?:ed|en|t))\b/u
// A word that ends the slot before "was" going back: a clause boundary or a word that opens a clause.
const SLOT_START = /(?:^|[,;:(]\s*|\b(?:and|but|which|that|who|when|where|while|after|before)\s+)((?:[\p{L}'’.-]+\s+){1,6})$/u
const PRONOUN = /^(?:it|this|that|they|these|those|he|she|which|who)$/i
const GLUE = new Set(['of', 'the', 'de', 'and', 'for'])

/** A text's words, lower case, without the punctuation around them ("St." → "st"). */
const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? []

/** The question's name and participle, when it asks when or where a named thing had something done to it. */
function askedPassive(question: string): { name: string[]; text: string; participle: string } | undefined {
  const m = ASKED.exec(question)
  if (!m) return undefined
  const name = wordsOf(m[1]!).filter((w) => !GLUE.has(w))
  return { name, text: m[1]!, participle: m[2]! }
}

/**
 * Why `sentence` does not answer a passive question about a named thing: each "was VERBED" in it
 * has another thing before it, and the sentence names the asked thing elsewhere.
 *
 * @example
 * ```ts
 * passiveSubjectSwap(analyzeQuestion('When was the Abbey of St Colm founded?'),
 *   'The town was founded in 1214, when monks from the Abbey of St Colm built a mill.')?.code // "subject-differs"
 * passiveSubjectSwap(analyzeQuestion('When was Dunmore founded?'), 'The town was founded in 1214.') // undefined
 * ```
 */
export function passiveSubjectSwap(question: QuestionAnalysis, sentence: string): { code: 'subject-differs'; reason: string } | undefined {
  const asked = askedPassive(question.text)
  if (!asked) return undefined
  const uses = [...sentence.matchAll(new RegExp(`\\b(?:was|were|had\\s+been|has\\s+been)\\s+(?:first\\s+|originally\\s+|initially\\s+|officially\\s+)?${asked.participle}\\b`, 'giu'))]
  if (uses.length === 0) return undefined
  let other: string | undefined
  for (const use of uses) {
    const slot = SLOT_START.exec(sentence.slice(0, use.index))?.[1]?.trim()
    if (!slot || slot.split(/\s+/).every((w) => PRONOUN.test(w))) return undefined
    const words = wordsOf(slot)
    if (asked.name.some((n) => words.includes(n))) return undefined
    // The asked name must stand elsewhere in the sentence, whole.
    const slotStart = sentence.lastIndexOf(slot, use.index)
    const rest = new Set(wordsOf(`${sentence.slice(0, slotStart)} ${sentence.slice(use.index)}`))
    if (!asked.name.every((n) => rest.has(n))) return undefined
    other ??= slot
  }
  return other ? { code: 'subject-differs', reason: `the passage says '${other}' was ${asked.participle}, not '${asked.text}'` } : undefined
}
