/**
 * @module
 * Echoes: a common noun phrase made mostly of the question's own words ("theoretical computer
 * science" for "What field of computer science…?", "period of Norman architecture" for "What
 * architecture type came after Norman…?") is the question's description of the answer, not the answer.
 */
import type { Word } from './words'
import type { QuestionAnalysis } from '../question/analyze'
import { isPossessive } from './rule-words'
import { requestMemo } from '../request-memo'

/** Taken from a span that names the owner of the person a who-question asks for: "Watt's partner" is not Watt. */
export const OWNER_WEIGHT = 0.3

/**
 * Whether at least half of a candidate's content words, the focus aside, are the question's own.
 *
 * @example
 * ```ts
 * echoes([{ term: 'theoret', … }, { term: 'comput', … }, { term: 'scienc', … }], new Set(['comput', 'scienc', 'field']), 'field') // true
 * ```
 */
export function echoes(content: readonly Word[], asked: ReadonlySet<string>, focus: string | undefined): boolean {
  const own = content.filter((w) => w.term !== focus)
  return own.length > 0 && 2 * own.filter((w) => asked.has(w.term)).length >= own.length
}

/**
 * What a span loses for naming the owner the question gives ("James Watt" for "Who was Watt's
 * partner?"): the person asked for through a possessive name is someone else.
 *
 * @example
 * ```ts
 * ownerWeight(analyzeQuestion("Who was Watt's partner?"), [{ term: 'jame', … }, { term: 'watt', … }]) // 0.3
 * ```
 */
export function ownerWeight(question: QuestionAnalysis, content: readonly Word[]): number {
  return OWNERS(question).some((owner) => owner.every((term) => content.some((c) => c.term === term))) ? OWNER_WEIGHT : 0
}

// The terms of each possessive name of a who-question, whole ("Kublai Khan's" → kublai, khan: not
// met by "Genghis Khan"), read once per question rather than per candidate.
const OWNERS = requestMemo((question: QuestionAnalysis): string[][] => {
  if (question.type !== 'person') return []
  const { words } = question
  const owners: string[][] = []
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i]!.text) || !isPossessive(words[i]!.text)) continue
    let first = i
    while (first > 0 && /^\p{Lu}/u.test(words[first - 1]!.text) && words[first - 1]!.end + 1 === words[first]!.start) first--
    owners.push(words.slice(first, i + 1).map((w) => w.term))
  }
  return owners
})
