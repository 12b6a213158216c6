/**
 * @module
 * Who did what to whom. "Who patronised the monks?" asks for the verb's subject: the name before
 * "patronised" or after "patronised by"; "Who did Alexander I marry?" asks for its object: the
 * name right after "married". When the sentence repeats the question's verb, a candidate in the
 * asked role gains and one in the other role loses (`candidates.ts`). A sentence that uses the
 * verb's converse ("sold to" for "bought", `converse-verbs.ts`) gives the role to the name after
 * its preposition; "Who was Margaret's husband?" asks for the other side of "married" from
 * Margaret. Plain token reading, no parser.
 */
import { questionNames, type QuestionAnalysis } from '../question/analyze'
import { converseOf } from './converse-verbs'
import { normalizeTerm } from '../text/terms'
import { tokenize, type Token } from '../text/tokens'
import type { Passage, Sentence } from '../types'
import { verbTerm } from './verb-term'
import { baseOf } from './irregular-verbs'
import { sentenceTokens } from './sentence-tokens'
import { requestMemo } from '../request-memo'
import { AUX } from './slot-edges'

/** Added to a candidate's score in the asked role, taken from one in the other role. */
export const ROLE_WEIGHT = 0.3

/** The verb a who-question turns on, and whether it asks for its subject or its object. */
export interface AskedRole {
  /** The verb's index term, with -ise folded to -ize ("patronis" and "patroniz" alike). */
  verb: string
  /** "partner": the other side of a symmetric verb from the question's name ("Margaret's husband"). */
  role: 'subject' | 'object' | 'partner'
  /** The verb as written, lower-case ("bought"): converse verbs are listed by form. */
  word: string
}

// Auxiliaries: after "who" they make an object question ("Who did…") or none ("Who is…"); before an -ing form, a verb.
// Words that stand between a subject and its verb without breaking the link: "Alexander I *had* married".
const BETWEEN_SUBJECT = /^(?:has|have|had|was|were|is|are|would|could|will|did|also|later|then|eventually|soon|first|finally|once|subsequently|himself|herself|themselves|\p{L}+ly)$/iu
// Words between a verb and its object: "married *the* widow", "killed *his* brother".
const BETWEEN_OBJECT = /^(?:the|a|an|his|her|their|its|our|my)$/i
// A form of "be" right before the verb makes it passive ("was patronised").
const PASSIVE = /^(?:is|are|was|were|be|been|being)$/i
// Determiners that may open the subject of "Who did *the Normans* …".
const DETERMINER = /^(?:the|a|an|this|that|these|those|his|her|their|its)$/i


// Read once per question, not once per candidate sentence.
const ROLES = requestMemo((question: QuestionAnalysis) => roleOf(question.text))

/**
 * The role a who-question asks for: "Who patronised…" its verb's subject, "Who did Emma marry?"
 * (or "Whom did…") its object; undefined for "Who is…" and questions not opening with who.
 *
 * @example
 * ```ts
 * askedRole(analyzeQuestion('Who did Alexander I marry?')) // { verb: 'marri', role: 'object', word: 'marry' }
 * askedRole(analyzeQuestion('Who patronized the monks?')) // { verb: 'patron', role: 'subject', word: 'patronized' }
 * ```
 */
export function askedRole(question: QuestionAnalysis): AskedRole | undefined {
  return ROLES(question) ?? undefined
}

// "Who was Margaret's husband?", "Who is the wife of Edgar?": a spouse is who the name married.
const SPOUSE = /^who (?:is|was) (?:[^?]+['’]s (?:husband|wife|spouse)|the (?:husband|wife|spouse) of \S)/i
const MARRIED: AskedRole = { verb: 'marri', role: 'partner', word: 'married' }

/** `askedRole`'s reading of the question text, uncached. */
function roleOf(text: string): AskedRole | undefined {
  if (SPOUSE.test(text)) return MARRIED
  const tokens = tokenize(text)
  if (/^(?:which|what)$/i.test(tokens[0]?.text ?? '')) return kindSubjectRole(tokens)
  if (!/^(?:who|whom)$/i.test(tokens[0]?.text ?? '')) return undefined
  const next = tokens[1]?.text ?? ''
  if (!AUX.test(next)) {
    const verb = /^\p{Ll}/u.test(next) ? verbTerm(next) : null
    return verb ? { verb, role: 'subject', word: next.toLowerCase() } : undefined
  }
  if (!/^(?:do|does|did|will|would|could|can|should|has|have|had)$/i.test(next)) return undefined
  // "Who did *the Normans* team up with": the subject is the determiners and names before the first lower-case word.
  let i = 2
  while (i < tokens.length && (DETERMINER.test(tokens[i]!.text) || /^[\p{Lu}\p{N}]/u.test(tokens[i]!.text))) i++
  // "Who did Emma Marry?": a capitalised last word is the verb all the same.
  if (i === tokens.length && i > 3) i--
  const verb = i > 2 && i < tokens.length ? verbTerm(tokens[i]!.text) : null
  return verb ? { verb, role: 'object', word: tokens[i]!.text.toLowerCase() } : undefined
}

// What opens a verb's object: a determiner or a name ("What delimits *the* delta", "What forms *Lake* Constance").
const OBJECT_START = /^(?:the|a|an|its|his|her|their|this|that|these|those|[\p{Lu}\p{N}].*)$/u

/** Most words between "which" and the verb: "Which *streaming service* streamed…". */
const MAX_KIND_WORDS = 3

/**
 * "Which service streamed…?", "What company bought…?": a which/what phrase followed straight by a
 * past-tense verb asks for that verb's subject, as "Who streamed…?" would.
 */
function kindSubjectRole(tokens: readonly Token[]): AskedRole | undefined {
  // "What delimits the delta…?", "What caused the flood?": a verb straight after "what", before its object.
  const first = tokens[1]?.text ?? ''
  if (/^\p{Ll}/u.test(first) && !AUX.test(first) && OBJECT_START.test(tokens[2]?.text ?? '') && (/\p{L}{2,}(?:ed|[^s]s)$/u.test(first) || baseOf(first) !== undefined)) {
    const verb = verbTerm(first)
    return verb ? { verb, role: 'subject', word: first } : undefined
  }
  for (let i = 1; i <= MAX_KIND_WORDS + 1 && i < tokens.length; i++) {
    const word = tokens[i]!.text
    if (!/^\p{Ll}/u.test(word) || AUX.test(word)) return undefined
    if (i >= 2 && (/\p{L}{2,}ed$/u.test(word) || baseOf(word) !== undefined)) {
      const verb = verbTerm(word)
      return verb ? { verb, role: 'subject', word } : undefined
    }
  }
  return undefined
}

/**
 * For sentence `s` of a passage, a function giving a candidate's role score: 1 when it stands in
 * the asked role of the question's verb, -1 in the other role, else 0 (and always 0 when the
 * sentence does not repeat the verb).
 *
 * @example
 * ```ts
 * const role = verbRoleOf(passage, sentence, analyzeQuestion('Who patronized the monks?'))
 * role(start, end) // 1 for "Robert Guiscard" in "…were patronised by Robert Guiscard"
 * ```
 */
export function verbRoleOf(passage: Passage, s: Sentence, question: QuestionAnalysis): (start: number, end: number) => number {
  const asked = askedRole(question)
  if (!asked) return () => 0
  const text = passage.text.slice(s.start, s.end)
  const tokens = sentenceTokens(passage, s)
  // Stemming every word was a tenth of a request: only words opening like the verb's stem are stemmed.
  const head = asked.verb.slice(0, Math.max(1, Math.min(3, asked.verb.length - 1)))
  const verbs = tokens.flatMap((t, i) => (t.text.toLowerCase().startsWith(head) && /^\p{Ll}/u.test(t.text) && verbTerm(t.text) === asked.verb ? [i] : []))
  if (verbs.length === 0) return asked.role === 'subject' ? converseRoleOf(text, tokens, s.start, asked.word) : () => 0
  const asks = new Set(question.keywords)
  // "is delimited in the East by a modern canalized section": a passive's agent after a phrase of its own.
  const agents = verbs.map((v) => farAgent(text, tokens, v, asks))
  return (start, end) => {
    let score = 0
    verbs.forEach((v, i) => {
      const role = asked.role === 'partner' ? partnerRole(text, tokens, v, questionNames(question)) : asked.role
      score ||= roleAt(text, tokens, v, start - s.start, end - s.start, role)
      const by = agents[i]!
      if (!score && by >= 0 && inPhrase(text, tokens, by + 1, start - s.start, end - s.start)) score = role === 'subject' ? 1 : -1
    })
    return score
  }
}

/** The side of a symmetric verb at token `v` the question's name is not on: after the verb, so the subject is asked. */
function partnerRole(text: string, tokens: readonly Token[], v: number, names: ReadonlySet<string>): 'subject' | 'object' {
  for (let i = v + 1; i < tokens.length && !/[,;:()]/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start)); i++) {
    const term = normalizeTerm(tokens[i]!.text)
    if (term && names.has(term)) return 'subject'
  }
  return 'object'
}

/**
 * Role scores when the sentence uses the converse of the question's verb ("sold" for "bought"):
 * 1 for the name after its preposition ("sold the rights *to* Enrique"), -1 for its subject.
 */
function converseRoleOf(text: string, tokens: readonly Token[], offset: number, word: string): (start: number, end: number) => number {
  const converse = converseOf(word)
  const verbs = converse ? tokens.flatMap((t, i) => (converse.forms.test(t.text) ? [i] : [])) : []
  if (!converse || verbs.length === 0) return () => 0
  return (start, end) => {
    let score = 0
    for (const v of verbs) {
      if (roleAt(text, tokens, v, start - offset, end - offset, 'subject') === 1) return -1
      // The preposition within a few words of the verb, in its clause: "sold the rights to the islands to Enrique".
      for (let i = v + 1; i < Math.min(tokens.length, v + 10) && !/[,;:()]/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start)); i++) {
        if (tokens[i]!.text.toLowerCase() === converse.via && inPhrase(text, tokens, i + 1, start - offset, end - offset)) score = 1
      }
    }
    return score
  }
}

/** The role score of the candidate at [start, end) (sentence offsets) for the verb at token `v`. */
function roleAt(text: string, tokens: readonly Token[], v: number, start: number, end: number, role: AskedRole['role']): number {
  const verb = tokens[v]!
  // "was patronised", or a reduced relative: "the Latin *used by* the church".
  const passive = (v > 0 && PASSIVE.test(tokens[v - 1]!.text)) || tokens[v + 1]?.text.toLowerCase() === 'by'
  // "patronised by Robert Guiscard": the agent of a passive verb is its subject.
  if (passive && tokens[v + 1]?.text.toLowerCase() === 'by' && inPhrase(text, tokens, v + 2, start, end)) return role === 'subject' ? 1 : -1
  // "conquered England killing Harold": a bare participle's subject is not the word before it.
  if (end <= verb.start && !(/ing$/i.test(verb.text) && !passive && !AUX.test(tokens[v - 1]?.text ?? ''))) {
    // Before the verb: the subject of an active verb, the object of a passive one.
    const i = tokens.findIndex((t) => t.start >= end)
    if (i < 0 || i > v || /[,;:()]/.test(text.slice(end, tokens[i]!.start))) return 0
    if (!tokens.slice(i, v).every((t) => BETWEEN_SUBJECT.test(t.text))) return 0
    return (role === 'subject') !== passive ? 1 : -1
  }
  if (!passive && start >= verb.end && adjacent(text, tokens, v + 1, start, BETWEEN_OBJECT)) return role === 'object' ? 1 : -1
  return 0
}

/** How far after a passive verb its agent's "by" may stand: "delimited in the East by". */
const AGENT_REACH = 16

/**
 * The token index of the "by" that introduces the agent of the passive verb at `v`, when a phrase
 * stands between them ("was built in 1066 by William"); -1 when there is none or it is adjacent
 * (`roleAt` reads that one). With several ("in the West by X and in the East by Y"), the one whose
 * three words before it hold most of the question's words; on a tie, the first.
 */
function farAgent(text: string, tokens: readonly Token[], v: number, asks: ReadonlySet<string>): number {
  if (!(v > 0 && PASSIVE.test(tokens[v - 1]!.text)) || tokens[v + 1]?.text.toLowerCase() === 'by') return -1
  let best = -1
  let bestHeld = -1
  for (let i = v + 2; i < Math.min(tokens.length, v + AGENT_REACH); i++) {
    if (/[;:]/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) break
    if (tokens[i]!.text.toLowerCase() !== 'by') continue
    const held = tokens.slice(Math.max(v + 1, i - 3), i).filter((t) => asks.has(normalizeTerm(t.text) ?? '')).length
    if (held > bestHeld) {
      best = i
      bestHeld = held
    }
  }
  return best
}

// Words that end the noun phrase after "by": "by William Green *and* built…", "by the general *in* 1081".
const PHRASE_END = /^(?:and|or|but|in|at|on|with|to|from|that|which|who|whom|whose|as|for|after|before|during|while|when|where|because|since|until)$/i

/**
 * Whether [start, end) lies in the noun phrase opening at token `i`: up to punctuation or a
 * preposition, conjunction or relative ("by the Byzantine general Alexius Komnenos" holds both
 * names; the modifier rule of `candidates.ts` then prefers the head).
 */
function inPhrase(text: string, tokens: readonly Token[], i: number, start: number, end: number): boolean {
  if (!tokens[i] || start < tokens[i]!.start) return false
  let j = i
  while (j + 1 < tokens.length && !PHRASE_END.test(tokens[j + 1]!.text) && !/[,;:()]/.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) j++
  return end <= tokens[j]!.end
}

/** Whether `start` begins at token `i`, or after only `skippable` words, with no punctuation before it. */
function adjacent(text: string, tokens: readonly Token[], i: number, start: number, skippable: RegExp): boolean {
  while (i < tokens.length && tokens[i]!.start < start && skippable.test(tokens[i]!.text)) i++
  const t = tokens[i]
  return !!t && t.start === start && !/[,;:()]/.test(text.slice(tokens[i - 1]?.end ?? 0, t.start))
}
