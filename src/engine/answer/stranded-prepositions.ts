/**
 * @module
 * A question that ends on its preposition ("What is the Rhine Gorge known *for*?", "What does the
 * canal run parallel *to*?", "What is the delta delimited in the east *by*?") asks for that
 * preposition's object. The sentence's use of the same preposition after the same words ("known
 * for its many castles", "in the East by a modern canalized section") marks the phrase that
 * answers. The words right before the question's preposition decide which use: with two "by"s,
 * the one after "East".
 */
import type { QuestionAnalysis } from '../question/analyze'
import { normalizeTerm } from '../text/terms'
import { tokenize, type Token } from '../text/tokens'
import type { Passage, Sentence } from '../types'
import { requestMemo } from '../request-memo'
import { sentenceTokens, sentenceTokenTerms } from './sentence-tokens'
import { AUX, CUT, phraseEnd, slotStart } from './slot-edges'

// The prepositions a question can end on and still ask for their object, an adverb aside ("spend
// the money on *instead*?").
const STRANDED = /\b(in|on|at|to|from|with|by|for|into|as|of|through|after|before|over|under|about|against|between|toward|towards|within|upon|onto|like|around|across|near)(?:\s+(?:instead|exactly|now|then|first|originally|initially|today|nowadays|mainly|mostly|usually|primarily|later|again))?\s*\?\s*$/i
// Wh-words end the stretch before the preposition, as auxiliaries and the subject's capitals do.
const WH = /^(?:what|which|who|whom|where|when)$/i
/** How many of the question's words before its preposition are read. */
const REACH = 3
/** How many tokens before a use of the preposition in the sentence may hold those words. */
const WINDOW = 5

/** The preposition a question ends on and the index terms of the words before it, nearest first. */
interface Stranded {
  preposition: string
  before: readonly string[]
}

const STRANDS = requestMemo((question: QuestionAnalysis) => strandedOf(question.text))

function strandedOf(text: string): Stranded | undefined {
  const m = STRANDED.exec(text)
  if (!m || !/^\W*(?:\S+\s+){0,8}?(?:what|which|who|whom|where)\b/i.test(text)) return undefined
  const tokens = tokenize(text.slice(0, m.index))
  const before: string[] = []
  for (let i = tokens.length - 1; i >= 0 && before.length < REACH; i--) {
    const t = tokens[i]!.text
    if (AUX.test(t) || WH.test(t) || /^\p{Lu}/u.test(t)) break
    const term = normalizeTerm(t)
    if (term) before.push(term)
  }
  return before.length > 0 ? { preposition: m[1]!.toLowerCase(), before } : undefined
}

/**
 * For sentence `s`, a function that gives 1 to a span inside the object of the question's
 * stranded preposition, as the sentence uses it after the question's words, and 0 otherwise (also
 * for a question that strands none).
 *
 * @example
 * ```ts
 * const slot = strandedSlotOf(passage, s, analyzeQuestion('What is the Rhine Gorge known for?'))
 * slot(start, end) // 1 for "castles" in "…the stretch of the river which is known for its many castles"
 * ```
 */
export function strandedSlotOf(passage: Passage, s: Sentence, question: QuestionAnalysis): (start: number, end: number) => number {
  const stranded = STRANDS(question)
  if (!stranded) return () => 0
  const tokens = sentenceTokens(passage, s)
  const terms = sentenceTokenTerms(passage, s)
  const text = passage.text.slice(s.start, s.end)
  let best = 0
  let slots: [number, number][] = []
  tokens.forEach((t, i) => {
    if (t.text.toLowerCase() !== stranded.preposition) return
    // The words before it in the same stretch: "DVB-compliant MPEG-2, with the Sky Movies" is not "compliant with".
    let k = i
    while (k > 0 && i - k < WINDOW && !CUT.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) k--
    const near = new Set(terms.slice(k, i))
    // The word right before the question's preposition must stand before this one too.
    if (!near.has(stranded.before[0]!)) return
    const score = stranded.before.filter((x) => near.has(x)).length
    const from = slotStart(tokens, i + 1)
    if (from >= tokens.length || score < best) return
    if (score > best) slots = []
    best = score
    // The object keeps a coordination whole: "its many castles and vineyards".
    slots.push([from, phraseEnd(text, tokens, from, true, true)])
  })
  return (start, end) => (slots.some(([from, to]) => inside(tokens, from, to, start - s.start, end - s.start)) ? 1 : 0)
}

function inside(tokens: readonly Token[], from: number, to: number, a: number, b: number): boolean {
  return a >= tokens[from]!.start && b <= tokens[to]!.end
}
