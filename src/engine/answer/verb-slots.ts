/**
 * @module
 * Which argument of its verb a what-question asks for. "What did the Normans adopt?" wants the
 * object: the phrase after "adopted" in the sentence; "What replaced X?" wants the subject: the
 * phrase before "replaced"; "X was described by what?" wants the agent: the phrase after "by" (or,
 * in an active sentence, before the verb). A copular question ("What is the most critical
 * resource…?") wants the side of the sentence's "is" that does not repeat the question. The
 * sentence's verb is a question word standing outside every build-time noun phrase, so no parser
 * runs at request time. `verb-roles.ts` does the same for who-questions with names.
 */
import type { QuestionAnalysis } from '../question/analyze'
import { tokenize, type Token } from '../text/tokens'
import type { Passage, Sentence } from '../types'
import { verbTerm } from './verb-term'
import { normalizeTerm } from '../text/terms'
import { orderSlots } from './converse-verbs'
import { sentenceTokens, sentenceTokenTerms, tokenCache } from './sentence-tokens'
import { nounPhrasesIn } from './sentence-spans'
import { requestMemo } from '../request-memo'
import { AUX, CLOSE, CUT, LEAD, PREPOSITION, phraseEnd, slotStart } from './slot-edges'

/** Added to a candidate in the asked slot, taken from one in the other (measured: README, Answers). */
export const SLOT_WEIGHT = 0.2

/** How many words before a use of the verb are read to tell its uses apart. */
const CONTEXT = 6

/** What a what-question leaves open around its verbs. */
interface AskedSlot {
  /** Index terms of the question's words that may be its verb, in order: the first the sentence uses as a verb is it. */
  verbs: readonly string[]
  /** "agent": the verb's doer; "patient": what it acts on; "via": the phrase after the verb's preposition. */
  role: 'agent' | 'patient' | 'via'
  /** The words between the verb and "what" ("based *on* what"), lower-case. */
  via: readonly string[]
  /** A role per verb stem, overriding `role` ("came after X": "precedes"'s object, "follows"'s subject). */
  roles?: Readonly<Record<string, 'agent' | 'patient'>>
  /** Index terms of the names an order question places the answer against ("after *Norman*"). */
  anchors?: readonly string[]
}

const WH = /^(?:what|which)$/i
const DO = /^(?:do|does|did)$/i
const BE = /^(?:is|are|was|were|be|been|being)$/i
const PARTICIPLE = /\p{L}(?:ed|ing)$/iu
// Words that are never the verb: determiners, pronouns, prepositions (participles used as one:
// "according to"), wh-words, comparison words.
const NOT_VERB = /^(?:the|a|an|this|that|these|those|of|in|on|at|by|for|to|from|with|as|into|about|according|including|regarding|concerning|following|excluding|involving|what|which|who|how|most|more|many|much|some|any|it|its|they|their|there|not|than|and|or)$/i
// Words between a subject and its verb: auxiliaries, negation, adverbs ("is strictly contained").
const BETWEEN = /^(?:has|have|had|was|were|is|are|be|been|can|could|will|would|may|might|must|should|did|does|do|not|also|then|often|\p{L}+ly)$/iu
// What follows a modifier inside its noun phrase: another word, not "of" ("the *great famine* of the
// north" is the head of an "X of Y", no modifier).
const MODIFIED = /^[\s-]*(?!of\b)\p{L}/u

// The sentence's tokens as verb stems, per sentence object.
const verbTerms = tokenCache(verbTerm)

const SLOTS = requestMemo((question: QuestionAnalysis) => slotOf(question))

/**
 * The slot a what-question asks for: "copula" for "What is …?" with no other verb, else the
 * role of the verb's argument it leaves open; undefined for other questions.
 *
 * @example
 * ```ts
 * askedSlot(analyzeQuestion('What did the Normans adopt?')) // { role: 'patient', verbs: ['adopt'], via: [] }
 * askedSlot(analyzeQuestion('What is the most critical resource?')) // 'copula'
 * ```
 */
export function askedSlot(question: QuestionAnalysis): AskedSlot | 'copula' | undefined {
  return SLOTS(question) ?? undefined
}

function slotOf(question: QuestionAnalysis): AskedSlot | 'copula' | undefined {
  if (question.type !== 'other') return undefined
  // "What came after X?": no verb of the question's own, but the order verbs' converse slots.
  const order = orderSlots(question.text)
  const tokens = tokenize(question.text)
  if (order) {
    const anchors = tokens.slice(1).filter((t) => /^\p{Lu}/u.test(t.text)).flatMap((t) => normalizeTerm(t.text) ?? [])
    return { verbs: order.flatMap((o) => o.stems), role: 'agent', via: [], roles: Object.fromEntries(order.flatMap((o) => o.stems.map((x) => [x, o.role]))), anchors }
  }
  const w = tokens.findIndex((t) => WH.test(t.text))
  if (w < 0) return undefined
  const after = (i: number) => tokens.slice(i + 1, w).map((t) => t.text.toLowerCase())
  // "… captures what facet", "… described by what", "based on what": the verb stands before the wh-word.
  for (let i = w - 1; i >= 0 && w - i <= 3; i--) {
    const t = tokens[i]!.text
    if (AUX.test(t) || !/^\p{Ll}/u.test(t) || CUT.test(question.text.slice(tokens[i]!.end, tokens[i + 1]!.start)) || question.text.slice(tokens[i]!.end, tokens[i + 1]!.start).includes(',')) break
    if (NOT_VERB.test(t)) continue
    const via = after(i)
    const passive = i > 0 && BE.test(tokens[i - 1]!.text)
    const verb = verbTerm(t)
    if (!verb) return undefined
    if (via.length === 0) return { verbs: [verb], role: 'patient', via }
    return passive && via.join(' ') === 'by' ? { verbs: [verb], role: 'agent', via: [] } : { verbs: [verb], role: 'via', via }
  }
  if (w !== 0) return undefined
  // "What is X?": nothing but a copula and its complement.
  const rest = tokens.slice(1)
  let j = 1
  while (j < tokens.length && !AUX.test(tokens[j]!.text)) j++
  const aux = tokens[j]?.text ?? ''
  const words = rest.slice(j === tokens.length ? 0 : j).filter((t) => /^\p{Ll}/u.test(t.text) && !AUX.test(t.text) && !NOT_VERB.test(t.text))
  // "What does the steam generated by a plant drive?": after "do" the verb is bare; a participle
  // ("generated") modifies the subject, so it is tried last.
  if (DO.test(tokens[j]?.text ?? '')) words.sort((a, b) => Number(PARTICIPLE.test(a.text)) - Number(PARTICIPLE.test(b.text)))
  const verbs = [...new Set(words.flatMap((t) => verbTerm(t.text) ?? []))]
  if (j === tokens.length) {
    // "What replaced the Anglo-Saxon?": a verb after the wh-phrase, which is its subject.
    return verbs.length > 0 ? { verbs, role: 'agent', via: [] } : undefined
  }
  if (j === 1 && BE.test(aux)) {
    // "What was Faith surviving on?": a progressive's verb after its subject (not "the most
    // interesting"), with the preposition that follows it.
    const v = tokens.findIndex((t, i) => i > 2 && /^\p{Ll}\p{L}*ing$/u.test(t.text) && !NOT_VERB.test(t.text) && !NOT_VERB.test(tokens[i - 1]!.text) && !LEAD.test(tokens[i - 1]!.text))
    // "What is the Bundeswehr?" asks for a definition (`definitions.ts`), not for the copula's other side.
    if (v < 0) return question.keywords.length > 1 ? 'copula' : undefined
    const next = tokens[v + 1]?.text.toLowerCase() ?? ''
    const via = PREPOSITION.test(next) ? [next] : []
    return { verbs: [verbTerm(tokens[v]!.text) ?? tokens[v]!.text], role: via.length > 0 ? 'via' : 'patient', via }
  }
  if (verbs.length === 0) return undefined
  // "What did the Normans adopt?", "What has NATO given?" (a subject between), "What was used…?": the
  // verb's object; "What has replaced…?" (the verb right after): its subject.
  const next = tokens[j + 1]?.text ?? ''
  const subjectBetween = DO.test(aux) || !/^\p{Ll}/u.test(next) || NOT_VERB.test(next)
  return { verbs, role: subjectBetween || BE.test(aux) ? 'patient' : 'agent', via: [] }
}

/**
 * For sentence `s` of a passage, a function giving a candidate's slot score: 1 when it fills the
 * asked slot of the question's verb (or the copula's other side), -1 the other slot, else 0.
 *
 * @example
 * ```ts
 * const slot = verbSlotOf(passage, sentence, analyzeQuestion('What did the Normans adopt?'))
 * slot(start, end) // 1 for "the Frankish language" in "…the Normans adopted the Frankish language"
 * ```
 */
export function verbSlotOf(passage: Passage, s: Sentence, question: QuestionAnalysis): (start: number, end: number) => number {
  const asked = askedSlot(question)
  if (!asked) return () => 0
  const text = passage.text.slice(s.start, s.end)
  const tokens = sentenceTokens(passage, s)
  const phrases = nounPhrasesIn(passage, s)
  // A gerund phrase ("analyzing the amount") still opens with its verb.
  const inNoun = (t: Token) => phrases.some((x) => !x.gerund && x.start - s.start <= t.start && x.end - s.start >= t.end)
  // Token ranges [from, to] and whether each is the asked slot (1) or the verb's other argument (0).
  const sides: [number, number, number][] = []
  if (asked === 'copula') {
    const keywords = new Set(question.keywords)
    const terms = sentenceTokenTerms(passage, s)
    const said = (a: number, b: number) => terms.slice(a, b).filter((t) => keywords.has(t ?? '')).length
    tokens.forEach((t, v) => {
      // "was patronised", "was surviving": an auxiliary, not a copula.
      if (!/^(?:is|are|was|were)$/i.test(t.text) || /(?:ed|ing)$/.test(tokens[v + 1]?.text ?? '')) return
      const left = leftEdge(text, tokens, v)
      const right = rightEdge(text, tokens, v + 1, false)
      const l = said(left, v)
      const r = said(v + 1, right + 1)
      // A relative's copula ("a task that is…") has no subject of its own to answer with.
      if (left === v || right === v || l > 0 === r > 0) return
      // The side that repeats the question describes the answer; the other side is it.
      sides.push(l > 0 ? [v + 1, right, 1] : [left, v - 1, 1], l > 0 ? [left, v - 1, 0] : [v + 1, right, 0])
    })
  } else {
    // Stemming is the cost: only words sharing a question verb's first three letters are stemmed.
    const heads = new Set(asked.verbs.map((x) => x.slice(0, 3)))
    const stems = verbTerms(passage, s)
    const used = tokens.map((t, i) => (heads.has(t.text.slice(0, 3)) && !inNoun(t) ? stems[i]! : null))
    // The first of the question's verbs the sentence uses; every order verb ("succeeds … and precedes").
    const present = asked.verbs.filter((x) => used.includes(x))
    const verbs = new Set(asked.roles ? present : present.slice(0, 1))
    // A verb used more than once ("classifying problems based on their difficulty, one defines sets
    // of problems based on some criteria"): the use whose words before it repeat the question most.
    const keywords = new Set(question.keywords)
    const terms = sentenceTokenTerms(passage, s)
    const context = (v: number) => terms.slice(Math.max(0, v - CONTEXT), v).filter((x) => !verbs.has(x ?? '') && keywords.has(x ?? '')).length
    const uses = tokens.flatMap((_, v) => (verbs.has(used[v] ?? '') ? [v] : []))
    const best = asked.roles ? 0 : Math.max(...uses.map(context))
    // An order question's anchor ("after *Norman*") names the other side, never the answer.
    const anchored = (r: readonly [number, number]) => !!asked.anchors && terms.slice(r[0], r[1] + 1).some((x) => asked.anchors!.includes(x ?? ''))
    // "What did the EU pledge?" of "its *pledge of* a $2.1 billion plan": with no verbal use, the verb
    // used as a noun before "of" takes its object after the "of". Only when the question has one
    // candidate verb: among several, a noun of the question ("members of") may come first.
    if (uses.length === 0 && asked.role === 'patient' && !asked.roles && asked.verbs.length === 1) {
      const stem = asked.verbs[0]
      tokens.forEach((t, v) => {
        if (heads.has(t.text.slice(0, 3)) && inNoun(t) && stems[v] === stem && tokens[v + 1]?.text.toLowerCase() === 'of') {
          sides.push([slotStart(tokens, v + 2), rightEdge(text, tokens, v + 2), 1])
        }
      })
    }
    for (const v of uses) {
      if (context(v) < best) continue
      const passive = (v > 0 && BE.test(tokens[v - 1]!.text)) || tokens[v + 1]?.text.toLowerCase() === 'by'
      const before = subjectAt(text, tokens, v)
      if (asked.role === 'via') {
        const i = v + 1 + asked.via.length
        if (tokens.slice(v + 1, i).map((x) => x.text.toLowerCase()).join(' ') === asked.via.join(' ')) sides.push([slotStart(tokens, i), rightEdge(text, tokens, i), 1])
        continue
      }
      const by = tokens[v + 1]?.text.toLowerCase() === 'by' ? [slotStart(tokens, v + 2), rightEdge(text, tokens, v + 2)] as const : undefined
      const object = !passive ? [slotStart(tokens, v + 1), rightEdge(text, tokens, v + 1)] as const : undefined
      const agent = passive ? by : before
      const patient = passive ? before : object
      const [want, other] = (asked.roles?.[used[v]!] ?? asked.role) === 'agent' ? [agent, patient] : [patient, agent]
      if (want) sides.push([want[0], want[1], anchored(want) ? 0 : 1])
      if (other) sides.push([other[0], other[1], 0])
    }
  }
  if (sides.length === 0) return () => 0
  // "nothing" in "lived on nothing but dried fish" stands in the slot but does not fill it.
  for (const [from, , asks] of [...sides]) {
    for (let k = Math.max(0, from - 4); asks && k < from; k++) if (/^(?:nothing|none|little)$/i.test(tokens[k]!.text)) sides.push([k, k, 0])
  }
  const modifier = (a: number, b: number) => phrases.some((x) => x.start - s.start <= a && x.end - s.start > b && MODIFIED.test(text.slice(b, x.end - s.start)))
  return (start, end) => {
    const a = start - s.start
    const b = end - s.start
    let score = 0
    for (const [from, to, asks] of sides) {
      // A span may open on a sign no token holds ("$2.1 billion" before the token "2.1").
      const opens = from > 0 ? tokens[from - 1]!.end + 1 : 0
      if (tokens[from] && tokens[to] && a >= Math.min(opens, tokens[from]!.start) && b <= tokens[to]!.end) {
        // "Latin" in "a Latin monastery": a modifier of the slot's noun is not its filler.
        if (asks) return modifier(a, b) ? 0 : 1
        score = -1
      }
    }
    return score
  }
}

/** The token range [from, v - 1] of the subject before the verb at `v`, past auxiliaries and adverbs. */
function subjectAt(text: string, tokens: readonly Token[], v: number): readonly [number, number] | undefined {
  let i = v - 1
  while (i >= 0 && BETWEEN.test(tokens[i]!.text) && !CUT.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) i--
  if (i < 0 || CUT.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) return undefined
  return [leftEdge(text, tokens, i + 1), i]
}

/** The first token of the clause that ends before token `v`: after punctuation or a clause word. */
function leftEdge(text: string, tokens: readonly Token[], v: number): number {
  let i = v
  while (i > 0 && v - i < 12 && !CUT.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start)) && !CLOSE.test(tokens[i - 1]!.text)) i--
  return i
}

/** The last token of the phrase opening at token `i`: up to punctuation, a clause word or (an `object`'s) preposition. */
function rightEdge(text: string, tokens: readonly Token[], i: number, object = true): number {
  return phraseEnd(text, tokens, slotStart(tokens, i), object)
}
