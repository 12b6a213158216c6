/**
 * @module
 * Questions that swap who does what: "Who replaced the Normans?" asked of "The Normans replaced the
 * Anglo-Saxons" (SQuAD 2.0's entity swap). The question's verb places the answer: before it for
 * "Who replaced X?", after it for "Who did X replace?", the other way round in a passive sentence
 * ("… were encouraged by the Lombards"). When the sentence has the question's name where the answer
 * should be and the answer where the name should be, it answers another question. Only these two
 * plain shapes are read. Measured alone against the session-3 start (SQuAD dev abstention /
 * answerable F1 / overall F1 at threshold 0.2; seed and news unchanged): 0.556 → 0.568 / 0.385 /
 * 0.476 → 0.482 (Normans alone 0.321 → 0.357, complexity unchanged). "When did X V?" read the same
 * way (X must stand before the verb) would have abstained, in a screen of the dev answers, on one
 * unanswerable question and two right answers: left out.
 */
import type { QuestionAnalysis } from '../question/analyze'
import type { Passage } from '../types'
import { questionWords, sentenceWords, type RuleWord } from './rule-words'
import { agentNoun } from './verb-forms'

/** Why the sentence's roles are the question's the other way round. */
export interface Inversion {
  code: 'roles-swapped'
  reason: string
}

// Do-support puts the subject before the verb: "Who did the Normans encourage?" asks for the object.
const DO = new Set(['did', 'does', 'do'])
// Words that follow a verb used without an object: "began *in* the 1740s", "closed *after* …".
const NO_OBJECT = /^(?:in|on|at|during|after|before|when|while|until|since|with|from|as|again|early|late|soon|and|but|or|then|there|here|today|yesterday)$/
// A form of "be" shortly before the verb and "by" after it make the sentence passive.
const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being'])

/** The question's verb, its names, and whether the answer is the verb's subject. */
interface Shape {
  verb: string
  /** The verb as the question writes it ("manages"). */
  verbText: string
  names: Set<string>
  subject: boolean
}

const isCapital = (w: RuleWord): boolean => /^\p{Lu}/u.test(w.text)

/** "Who V … X?" (the answer is the subject) or "Who/What did X V?" (the answer is the object). */
function shapeOf(question: QuestionAnalysis): Shape | undefined {
  if (!/^\s*(?:who|whom|what)\b/i.test(question.text)) return undefined
  const q = questionWords(question)
  const [first, second] = [q[0]?.lower, q[1]]
  if (first === 'who' && second && !isCapital(second) && second.term !== null) {
    const names = new Set(q.slice(2).filter(isCapital).flatMap((w) => w.term ?? []))
    return names.size > 0 ? { verb: second.term, verbText: second.lower, names, subject: true } : undefined
  }
  if ((first === 'who' || first === 'whom' || first === 'what') && DO.has(second?.lower ?? '')) {
    const names = new Set<string>()
    let k = 2
    // The subject: names and function words ("the Normans") up to the verb.
    for (; k < q.length && (isCapital(q[k]!) || q[k]!.term === null); k++) if (q[k]!.term) names.add(q[k]!.term!)
    const verb = q[k]?.term
    return verb && names.size > 0 ? { verb, verbText: q[k]!.lower, names, subject: false } : undefined
  }
  return undefined
}

/**
 * Whether sentence `sentence` of `passage` gives the question's name the answer's role: the
 * answer (passage offsets `start`, `end`) stands on the name's side of the question's verb and the
 * name on the answer's.
 *
 * @example
 * ```ts
 * // passage: "The Normans replaced the Saxons as rulers."
 * inversion(analyzeQuestion('Who replaced the Normans?'), passage, 0, 25, 31)?.code // "roles-swapped"
 * ```
 */
export function inversion(question: QuestionAnalysis, passage: Passage, sentence: number, start: number, end: number): Inversion | undefined {
  const shape = shapeOf(question)
  if (!shape) return undefined
  const s = sentenceWords(passage, sentence)
  const v = s.findIndex((w) => w.term === shape.verb && !agentNoun(w.lower, shape.verbText))
  if (v < 0) return undefined
  const verb = s[v]!
  const name = s.find((w) => (w.start < start || w.start >= end) && w.term !== null && shape.names.has(w.term))
  if (!name) return undefined
  const answerBefore = end <= verb.start
  const nameBefore = name.start < verb.start
  if (answerBefore === nameBefore || (!answerBefore && start < verb.end)) return undefined
  // "X was designed by Y", and the reduced "X, designed by Y": a participle with "by" right after it.
  const by = s.slice(v + 1, v + 8).some((w) => w.lower === 'by')
  const passive = by && (s.slice(Math.max(0, v - 3), v).some((w) => BE.has(w.lower)) || (/(?:ed|en|wn|lt)$/.test(verb.lower) && s[v + 1]?.lower === 'by'))
  // "Wrenfield's clockmaking tradition began in the 1740s": a verb with no object after it says
  // nothing about who began what, so no roles are swapped.
  const next = s[v + 1]
  if (!passive && (!next || /[,.;:!?]/.test(passage.text.slice(verb.end, next.start)) || NO_OBJECT.test(next.lower))) return undefined
  // Active: a subject question's answer comes before the verb; passive, after it ("by …").
  if (answerBefore === (shape.subject !== passive)) return undefined
  return { code: 'roles-swapped', reason: `the passage has '${name.text}' where the answer to '${verb.text}' should be` }
}
