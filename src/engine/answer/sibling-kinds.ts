/**
 * @module
 * A phrase that names the question's focus with another modifier names a sibling kind, not the
 * thing asked for: "the upper house" for "What is the *lower* house called?", "southern main
 * branch" for "the *largest* main branch". Such a phrase does not earn the bonus for holding the
 * focus. Measured: README, Answers.
 */
import type { QuestionAnalysis } from '../question/analyze'
import { requestMemo } from '../request-memo'
import type { Word } from './words'

// A question that asks for a kind ("what type of resource") or another one ("what other industry")
// asks for a sibling.
const WANTS_SIBLING = /\b(?:type|types|kind|kinds|sort|sorts|form|forms|other|another|else)\b/i

// The question's modifiers of its focus: the lower-case words standing right before it, with only
// spaces between ("Victoria's constitution" names whose, not which kind).
const MODIFIERS = requestMemo((question: QuestionAnalysis): ReadonlySet<string> => {
  const found = new Set<string>()
  if (WANTS_SIBLING.test(question.text)) return found
  const words = question.words
  const at = words.findIndex((w) => w.term === question.focusTerm)
  for (let i = at - 1; i >= 0 && /^\p{Ll}/u.test(words[i]!.text) && /^\s+$/.test(question.text.slice(words[i]!.end, words[i + 1]!.start)); i--) found.add(words[i]!.term)
  return found
})

/**
 * Whether a candidate's content words name the focus after modifiers of their own while the
 * question modifies the focus with others: none of the question's modifiers is among them, and one
 * of them is no word of the question.
 *
 * @example
 * ```ts
 * // `content`: the words of "upper house"
 * namesSibling(analyzeQuestion('What is the lower house called?'), content, asked) // true
 * ```
 */
export function namesSibling(question: QuestionAnalysis, content: readonly Word[], asked: ReadonlySet<string>): boolean {
  const modifiers = MODIFIERS(question)
  if (modifiers.size === 0) return false
  const at = content.findIndex((w) => w.term === question.focusTerm)
  if (at <= 0) return false
  const own = content.slice(0, at)
  return !own.some((w) => modifiers.has(w.term)) && own.some((w) => !asked.has(w.term))
}
