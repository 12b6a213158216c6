/**
 * @module
 * Every word of a question or sentence, function words included, with its index term: what the
 * word-order rules (`substitutions.ts`, `inversion.ts`) read. The terms come from the question's
 * analysis and the build's sentence terms, so a request stems nothing again.
 */
import type { QuestionAnalysis } from '../question/analyze'
import { normalizeTerm } from '../text/terms'
import { tokenize } from '../text/tokens'
import type { Passage, Sentence } from '../types'

/**
 * Whether a word is written as an owner ("Pemberly's", "Tallåsen’s").
 *
 * @example
 * ```ts
 * isPossessive("Pemberly's") // true
 * ```
 */
export const isPossessive = (text: string): boolean => /['’]s$/i.test(text)

/** A word as written, lower-cased, with its index term (`null` for a stop word) and offsets. */
export interface RuleWord {
  text: string
  lower: string
  term: string | null
  start: number
  end: number
}

/** Tokens of `text` (offsets from `base`), with the term `termAt` gives for a token's start, if it has one. */
function wordsOf(text: string, base: number, termAt: ReadonlyMap<number, string> | undefined): RuleWord[] {
  return tokenize(text).map((t) => ({
    text: t.text, lower: t.text.toLowerCase(), start: base + t.start, end: base + t.end,
    term: termAt ? termAt.get(base + t.start) ?? null : normalizeTerm(t.text),
  }))
}

/**
 * The question's words; offsets in the question (made once per question).
 *
 * @example
 * ```ts
 * questionWords(analyzeQuestion('Who replaced the Normans?')).map((w) => w.term) // [null, "replac", null, "norman"]
 * ```
 */
export function questionWords(question: QuestionAnalysis): readonly RuleWord[] {
  let words = QUESTION_WORDS.get(question)
  if (!words) QUESTION_WORDS.set(question, (words = wordsOf(question.text, 0, new Map(question.words.map((w) => [w.start, w.term])))))
  return words
}

// Per question: several rules read the same question's words.
const QUESTION_WORDS = new WeakMap<QuestionAnalysis, readonly RuleWord[]>()

/**
 * The words of sentence `index` of a passage; offsets in the passage.
 *
 * @example
 * ```ts
 * sentenceWords(passage, 0)[0] // { text: "The", lower: "the", term: null, start: 0, end: 3 }
 * ```
 */
export function sentenceWords(passage: Passage, index: number): readonly RuleWord[] {
  const s = passage.sentences[index]!
  let words = SENTENCE_WORDS.get(s)
  if (!words) SENTENCE_WORDS.set(s, (words = sentenceWordsOf(passage, s)))
  return words
}

// Per sentence object (so per corpus), made on first use: the rules read the same few sentences for
// every question.
const SENTENCE_WORDS = new WeakMap<Sentence, readonly RuleWord[]>()

function sentenceWordsOf(passage: Passage, s: Sentence): RuleWord[] {
  let termAt: Map<number, string> | undefined
  if (s.terms && s.termOffsets) {
    termAt = new Map()
    for (let i = 0; i < s.terms.length; i++) termAt.set(s.termOffsets[2 * i]!, s.terms[i]!)
  }
  return wordsOf(passage.text.slice(s.start, s.end), s.start, termAt)
}
