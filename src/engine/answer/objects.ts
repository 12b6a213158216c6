/**
 * @module
 * "Who V X?" asked of a sentence where the verb acts on another name: "Who replaced the Normans?"
 * of "The Normans and their descendants replaced the Anglo-Saxons", "Who betrayed the Normans?" of
 * "Dyrrachium was betrayed to the Normans by the Venetian merchants" (the passive's subject is
 * what was betrayed). The mirror of `subjects.ts`: the verb's object is the name run right after
 * an active verb, or the subject of a passive one; the rule fires when every object it can read is
 * another name and X is not elsewhere in the verb's clause ("conquered Normandy and England").
 */
import type { QuestionAnalysis } from '../question/analyze'
import type { AnalyzedQuery } from '../search/query'
import type { Passage } from '../types'
import { readSentence } from './name-runs'
import { questionWords, sentenceWords, type RuleWord } from './rule-words'
import { AUX, BE, isCommon, sameName, skipBack } from './subject-slot'
import { mentions } from './support'
import { usesVerb, verbForms, type VerbForms } from './verb-forms'

/** Why the sentence's verb acts on another name. */
export interface ObjectSwap {
  code: 'object-differs'
  reason: string
}

/** "Who V X": the verb and X's name terms. */
interface AskedObject {
  verb: VerbForms
  names: string[]
  text: string
}

const capital = (w: RuleWord): boolean => /^\p{Lu}/u.test(w.text)
const ROMAN = /^[IVXLC]+$/

/** "Who V [the] X …?" with X a name right after the verb. */
function objectOf(question: QuestionAnalysis): AskedObject | undefined {
  if (!/^\s*[Ww]ho [a-z]+ (?:the )?[A-Z\u00C0-\u024F]/.test(question.text)) return undefined
  const q = questionWords(question)
  const v = q[1]!
  if (AUX.test(v.lower) || BE.test(v.lower) || /^(?:has|have|had)$/.test(v.lower) || !v.term) return undefined
  const verb = verbForms(v)
  let k = q[2]?.lower === 'the' ? 3 : 2
  const first = k
  const names: string[] = []
  for (; k < q.length && capital(q[k]!) && !isCommon(question, q[k]!); k++) if (q[k]!.term && !ROMAN.test(q[k]!.text)) names.push(q[k]!.term!)
  if (!verb || names.length === 0) return undefined
  return { verb, names, text: question.text.slice(q[first]!.start, q[k - 1]!.end) }
}

/**
 * Whether sentence `sentence` of `passage` has the question's verb act on another name than the
 * question's. `isName` tells whether a term is one of the content's names.
 *
 * @example
 * ```ts
 * // passage: "The Normans and their descendants replaced the Anglo-Saxons as the ruling class."
 * objectSwap(analyzeQuestion('Who replaced the Normans as the ruling class?'), query, passage, 0, isName)?.code // "object-differs"
 * ```
 */
export function objectSwap(
  question: QuestionAnalysis, query: AnalyzedQuery, passage: Passage, sentence: number, isName: (term: string) => boolean,
): ObjectSwap | undefined {
  // Read once: extraction asks once per question.
  const asked = objectOf(question)
  if (!asked) return undefined
  if (!sentenceWords(passage, sentence).some((w) => usesVerb(w, asked.verb))) return undefined
  const r = readSentence(passage, sentence, isName)
  const s = r.words
  const named = (names: ReadonlySet<string>) =>
    asked.names.some((n) => mentions(query, question, names, n) || [...names].some((m) => sameName(n, m)))
  let found: ObjectSwap | undefined
  for (let v = 0; v < s.length; v++) {
    const w = s[v]!
    if (!usesVerb(w, asked.verb)) continue
    const ing = /ing$/.test(w.lower)
    const k = skipBack(r, v, ing)
    const passive = !ing && k >= 0 && BE.test(s[k]!.lower)
    // "the Corn Exchange, designed by Frederick Hale": what was designed is the name before the comma.
    const reduced = !ing && !passive && s[v + 1]?.lower === 'by' && v > 0 && /^\s*,\s*$/.test(passage.text.slice(s[v - 1]!.end, w.start))
    // Passive: what was acted on is the subject before "was"; active: the names after the verb.
    const run = reduced ? r.runBefore(v - 1)
      : passive ? (k > 0 && r.joined(k - 1, k) ? r.runBefore(skipBack(r, k, false)) : undefined) : r.joined(v, v + 1) ? r.runAfter(v + 1) : undefined
    if (!run) continue
    const names = r.namesOf(run)
    if (names.size === 0) continue
    if (named(names) || (!passive && !reduced && named(r.clause(v, true)))) return undefined
    const said = reduced ? `'${r.textOf(run)}', ${w.text} by …` : passive ? `'${r.textOf(run)}' ${s[k]!.text} ${w.text}` : `${w.text} '${r.textOf(run)}'`
    found ??= { code: 'object-differs', reason: `the passage says ${said}, not '${asked.text}'` }
  }
  return found
}
