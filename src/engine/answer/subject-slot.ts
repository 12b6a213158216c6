/**
 * @module
 * Who the subject of a verb is, on both sides of a question: the question's "When did *King Harold
 * II* conquer England?" (a name, or a name's relation: "*Edward the Confessor's son*") and, in a
 * sentence, the names right before the verb ("*Duke William II of Normandy* conquered England") or
 * after "by" in a passive ("was stopped by *Alexius Komnenos*"). Plain token reading, no parser:
 * a slot is read only where it is unambiguous (a run of capitalised words touching the verb), and a
 * pronoun, a common noun or punctuation in between leaves it unread.
 */
import type { QuestionAnalysis } from '../question/analyze'
import type { Passage } from '../types'
import { readSentence, type SentenceReader } from './name-runs'
import { questionWords, sentenceWords, type RuleWord } from './rule-words'
import { usesVerb, verbForms, type VerbForms } from './verb-forms'

/** The subject of a do-question ("When did S V …?") and its verb. */
export interface AskedSubject {
  /** The subject's name terms ("king", "harold"), roman numerals left out. */
  names: string[]
  /** The subject as written ("King Harold II", "Edward the Confessor's son"). */
  text: string
  /** The relation when the subject is a name's ("son" in "Edward the Confessor's son"), as an index term. */
  relation?: string
  /** The verb. */
  verb: VerbForms
}

/** A name run in a sentence that is the subject of one use of the verb. */
export interface SubjectSlot {
  /** The run's name terms. */
  names: Set<string>
  /** The run as written ("Duke William II of Normandy"). */
  text: string
  /** The verb as written in the sentence. */
  verb: string
  /** Terms of the few words before the run, in its clause: "*William and his brother* Robert conquered" names both. */
  clause: Set<string>
}

const WH = /^(?:when|where|why|how|what|which|who|whom|whose)$/
const DO = /^(?:did|does|do)$/
// Words inside a name in a question: "King David I *of* Scotland", "Edward *the* Confessor".
const GLUE = new Set(['of', 'the', 'de', 'du', 'von', 'van', 'la', 'le', 'al'])
const ROMAN = /^[IVXLC]+$/
const POSSESSIVE = /['’]s$/
// Words between a subject and its verb that keep the link: "Alexander I *had* married", "Edward *finally* returned".
export const BETWEEN = /^(?:has|have|had|would|could|will|did|does|may|might|must|should|can|shall|also|later|then|eventually|soon|first|finally|once|subsequently|never|already|still|\p{L}+ly)$/u
export const BE = /^(?:is|are|was|were|be|been|being)$/
// An auxiliary before the verb's bare form: "could conquer" repeats the question's form as a finite verb.
export const AUX = /^(?:did|does|do|would|could|will|may|might|must|should|can|shall)$/

// How far before a subject run another subject may stand: "William *and his brother* Robert".
const COORDINATED = 4

const capital = (w: RuleWord): boolean => /^\p{Lu}/u.test(w.text)

/**
 * Whether a capitalised question word is one the content writes only in lower case ("Marry").
 *
 * @example
 * ```ts
 * isCommon(analyzeQuestion('Who did Emma Marry?', lowerCaseOnly), questionWords(q)[3]) // true
 * ```
 */
export const isCommon = (question: QuestionAnalysis, w: RuleWord): boolean =>
  question.words.some((c) => c.common === true && c.start === w.start)

/**
 * "When/Where/What year/Who … did S V …?" with S a name (capitalised words and "of", "the"…), or a
 * name's relation ("Edward the Confessor's son"); undefined for other questions. Capitalised
 * words the content writes only in lower case ("Marry") are no names.
 *
 * @example
 * ```ts
 * askedSubject(analyzeQuestion('When did King Harold II conquer England?'))
 * // { names: ["king", "harold"], text: "King Harold II", verb: { term: "conquer", base: "conquer", lower: "conquer" } }
 * ```
 */
export function askedSubject(question: QuestionAnalysis): AskedSubject | undefined {
  // A quick screen (no "u" flag: slower); no "i" flag, or the capital would match lower case too.
  if (!/\b(?:[Dd]id|[Dd]oes|[Dd]o) (?:the )?[A-Z\u00C0-\u024F]/.test(question.text)) return undefined
  const q = questionWords(question)
  const wh = q.findIndex((w) => WH.test(w.lower))
  const aux = q.findIndex((w, i) => i > wh && DO.test(w.lower))
  if (wh < 0 || wh > 1 || aux < 0 || aux - wh > 4) return undefined
  const isName = (w: RuleWord | undefined): boolean => !!w && capital(w) && !isCommon(question, w)
  let k = aux + 1
  if (q[k]?.lower === 'the') k++
  const first = k
  const names: string[] = []
  let relation: string | undefined
  for (; k < q.length && (isName(q[k]) || (k > first && GLUE.has(q[k]!.lower) && isName(q[k + 1]))); k++) {
    const w = q[k]!
    if (isName(w) && !ROMAN.test(w.text) && w.term) names.push(w.term)
    if (POSSESSIVE.test(w.text)) {
      // "Edward the Confessor's son return": the subject is the relation, a lower-case noun.
      relation = q[k + 1] && !capital(q[k + 1]!) ? q[k + 1]!.term ?? undefined : undefined
      if (!relation) return undefined
      k += 2
      break
    }
  }
  while (k < q.length && BETWEEN.test(q[k]!.lower) && !AUX.test(q[k]!.lower)) k++
  const v = q[k]
  if (names.length === 0 || !v || isName(v) || !v.term) return undefined
  const verb = verbForms(v)
  if (!verb) return undefined
  return { names, text: question.text.slice(q[first]!.start, q[k - 1]!.end), ...(relation ? { relation } : {}), verb }
}

/**
 * The subjects of each use of the asked verb in sentence `index` of a passage: the capitalised run
 * right before an active verb, or after "by" of a passive one. A use whose subject is a pronoun, a
 * common noun or cut off by punctuation gives no slot; `isName` tells whether a sentence's first
 * word (capitalised anyway) is a name.
 *
 * @example
 * ```ts
 * // "In 1066, Duke William II of Normandy conquered England killing King Harold II."
 * subjectSlots(passage, 0, asked, isName)[0].text // "Duke William II of Normandy"
 * ```
 */
export function subjectSlots(passage: Passage, index: number, asked: AskedSubject, isName: (term: string) => boolean): SubjectSlot[] {
  // Most sentences do not use the verb: no reader is made for them.
  if (!sentenceWords(passage, index).some((w) => usesVerb(w, asked.verb))) return []
  const r = readSentence(passage, index, isName)
  const s = r.words
  const slots: SubjectSlot[] = []
  for (let v = 0; v < s.length; v++) {
    const w = s[v]!
    if (!usesVerb(w, asked.verb)) continue
    // The question's own form is a finite verb only after an auxiliary ("could conquer"), else a noun or infinitive.
    if (w.lower === asked.verb.lower && !AUX.test(s[v - 1]?.lower ?? '')) continue
    const ing = /ing$/.test(w.lower)
    const k = skipBack(r, v, ing)
    // "was conquered", "had been stopped": a form of "be" before a past form makes it passive.
    const passive = (!ing && k >= 0 && BE.test(s[k]!.lower)) || s[v + 1]?.lower === 'by'
    // A bare participle ("conquered England killing Harold") does not take the word before it as subject.
    if (!passive && ing && k === v - 1) continue
    // Passive: the agent follows "by" ("was stopped by the Byzantine general Alexius Komnenos").
    const run = passive ? (s[v + 1]?.lower === 'by' && r.joined(v, v + 1) ? r.runAfter(v + 2) : undefined) : k < v && r.joined(k, k + 1) ? r.runBefore(k) : undefined
    if (!run) continue
    const names = r.namesOf(run)
    if (names.size > 0) slots.push({ names, text: r.textOf(run), verb: w.text, clause: r.clause(run[0], false, COORDINATED) })
  }
  return slots
}

/**
 * The index of the word before verb `v` once auxiliaries and adverbs are passed ("Alexander I *had*
 * married"; "was" too before an -ing form), or -1.
 *
 * @example
 * ```ts
 * skipBack(readSentence(passage, 0, isName), 4, false) // 2 for "Alexander I had married"
 * ```
 */
export function skipBack(r: SentenceReader, v: number, ing: boolean): number {
  let k = v - 1
  // Lower-case words only: "Italy" is no adverb.
  while (k >= 0 && r.joined(k, k + 1) && !capital(r.words[k]!) && (BETWEEN.test(r.words[k]!.lower) || (ing && BE.test(r.words[k]!.lower)))) k--
  return k
}

/**
 * Whether two name terms name the same: equal, or one a stem of the other ("norman", "normandi").
 *
 * @example
 * ```ts
 * sameName('norman', 'normandi') // true
 * ```
 */
export const sameName = (a: string, b: string): boolean =>
  a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)))
