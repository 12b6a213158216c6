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
import { questionWords, sentenceWords, type RuleWord } from './rule-words'
import { verbTerm } from './verb-term'

/** The subject of a do-question ("When did S V …?") and its verb. */
export interface AskedSubject {
  /** The subject's name terms ("king", "harold"), roman numerals left out. */
  names: string[]
  /** The subject as written ("King Harold II", "Edward the Confessor's son"). */
  text: string
  /** The relation when the subject is a name's ("son" in "Edward the Confessor's son"), as an index term. */
  relation?: string
  /** The verb's term (`verbTerm`), its index term, and its form as written, lower-case. */
  verb: string
  term: string
  form: string
}

/** A name run in a sentence that is the subject of one use of the verb. */
export interface SubjectSlot {
  /** The run's name terms. */
  names: Set<string>
  /** The run as written ("Duke William II of Normandy"). */
  text: string
  /** The verb as written in the sentence. */
  verb: string
  /** Terms of the clause before the verb (from the last punctuation): the subject may stand there too. */
  clause: Set<string>
}

const WH = /^(?:when|where|why|how|what|which|who|whom|whose)$/
const DO = /^(?:did|does|do)$/
// Words inside a name: "William II *of* Normandy", "Edward *the* Confessor".
const GLUE = new Set(['of', 'the', 'de', 'du', 'von', 'van', 'la', 'le', 'al'])
const ROMAN = /^[IVXLC]+$/
const POSSESSIVE = /['’]s$/
// Words between a subject and its verb that keep the link: "Alexander I *had* married", "Edward *finally* returned".
const BETWEEN = /^(?:has|have|had|would|could|will|did|does|may|might|must|should|can|shall|also|later|then|eventually|soon|first|finally|once|subsequently|never|already|still|\p{L}+ly)$/u
const BE = /^(?:is|are|was|were|be|been|being)$/
// An auxiliary before the verb's bare form: "could conquer" repeats the question's form as a finite verb.
const AUX = /^(?:did|does|do|would|could|will|may|might|must|should|can|shall)$/

const capital = (w: RuleWord): boolean => /^\p{Lu}/u.test(w.text)

/**
 * "When/Where/What year/Who … did S V …?" with S a name (capitalised words and "of", "the"…), or a
 * name's relation ("Edward the Confessor's son"); undefined for other questions. Capitalised
 * words the content writes only in lower case ("Marry") are no names.
 *
 * @example
 * ```ts
 * askedSubject(analyzeQuestion('When did King Harold II conquer England?'))
 * // { names: ["king", "harold"], text: "King Harold II", verb: "conquer", term: "conquer", form: "conquer" }
 * ```
 */
export function askedSubject(question: QuestionAnalysis): AskedSubject | undefined {
  if (!ASKED.has(question)) ASKED.set(question, subjectOf(question) ?? null)
  return ASKED.get(question) ?? undefined
}

// Read once per question.
const ASKED = new WeakMap<QuestionAnalysis, AskedSubject | null>()

function subjectOf(question: QuestionAnalysis): AskedSubject | undefined {
  if (!/\b(?:did|does|do)\s+(?:the\s+)?\p{Lu}/iu.test(question.text)) return undefined
  const q = questionWords(question)
  const wh = q.findIndex((w) => WH.test(w.lower))
  const aux = q.findIndex((w, i) => i > wh && DO.test(w.lower))
  if (wh < 0 || wh > 1 || aux < 0 || aux - wh > 4) return undefined
  const common = new Set(question.words.filter((w) => w.common).map((w) => w.start))
  const isName = (w: RuleWord | undefined): boolean => !!w && capital(w) && !common.has(w.start)
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
  if (names.length === 0 || !v || (capital(v) && !common.has(v.start)) || !v.term) return undefined
  const verb = verbTerm(v.text)
  if (!verb) return undefined
  return { names, text: question.text.slice(q[first]!.start, q[k - 1]!.end), ...(relation ? { relation } : {}), verb, term: v.term, form: v.lower }
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
  const s = sentenceWords(passage, index)
  const text = passage.text
  const joined = (i: number, j: number): boolean => /^\s*$/.test(text.slice(s[i]!.end, s[j]!.start))
  const nameAt = (i: number): boolean => {
    const w = s[i]
    // Roman numerals ("Alexander I") have no term; the pronoun "I" alone names no one (no name term in the run).
    return !!w && capital(w) && (w.term !== null ? i > 0 || isName(w.term) : ROMAN.test(w.text))
  }
  const slots: SubjectSlot[] = []
  for (let v = 0; v < s.length; v++) {
    const w = s[v]!
    if (w.term === null || capital(w) || !(w.term === asked.term || (w.term.startsWith(asked.verb.slice(0, 3)) && verbTerm(w.text) === asked.verb))) continue
    // The question's own form is a finite verb only after an auxiliary ("could conquer"), else a noun or infinitive.
    if (w.lower === asked.form && !AUX.test(s[v - 1]?.lower ?? '')) continue
    const ing = /ing$/.test(w.lower)
    let k = v - 1
    while (k >= 0 && joined(k, k + 1) && (BETWEEN.test(s[k]!.lower) || (ing && BE.test(s[k]!.lower)))) k--
    // "was conquered", "had been stopped": a form of "be" before a past form makes it passive.
    const passive = (!ing && k >= 0 && BE.test(s[k]!.lower)) || s[v + 1]?.lower === 'by'
    let run: [number, number] | undefined
    if (passive) {
      // "was stopped by the Byzantine general Alexius Komnenos": the agent follows "by".
      if (s[v + 1]?.lower !== 'by' || !s[v + 2] || !joined(v + 1, v + 2)) continue
      let a = v + 2
      if (s[a]!.lower === 'the' && s[a + 1] && joined(a, a + 1)) a++
      let b = a
      while (b < s.length && nameAt(b) && (b === a || joined(b - 1, b))) b++
      run = b > a ? [a, b - 1] : undefined
    } else {
      // A bare participle ("conquered England killing Harold") does not take the word before it as subject.
      if (ing && k === v - 1) continue
      let a = k
      while (a >= 0 && joined(a, a + 1) && (nameAt(a) || (GLUE.has(s[a]!.lower) && a < k && nameAt(a - 1) && joined(a - 1, a)))) a--
      run = a < k && !POSSESSIVE.test(s[k]!.text) ? [a + 1, k] : undefined
    }
    if (!run) continue
    const names = new Set(s.slice(run[0], run[1] + 1).flatMap((n) => (capital(n) && n.term && !ROMAN.test(n.text) ? [n.term] : [])))
    if (names.size === 0) continue
    let c = Math.min(run[0], v)
    while (c > 0 && joined(c - 1, c)) c--
    const clause = new Set(s.slice(c, v).flatMap((n) => n.term ?? []))
    slots.push({ names, text: text.slice(s[run[0]]!.start, s[run[1]]!.end), verb: w.text, clause })
  }
  return slots
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
