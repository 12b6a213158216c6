/**
 * @module
 * "Other than X, what …?": the question names one member of a coordination and asks for another.
 * The sentence usually coordinates them ("a surf *and* skateboard culture", "infrequent rain *and*
 * many sunny days", "the Legislative Assembly *and* the Legislative Council"), so the member next to
 * X answers, and X itself does not.
 */
import type { QuestionAnalysis } from '../question/analyze'
import { requestMemo } from '../request-memo'
import { normalizeTerm } from '../text/terms'
import { tokenize } from '../text/tokens'
import type { Span } from '../types'
import type { Candidate } from './candidates'
import type { Word } from './words'

// "Other than X", "besides X", "aside from X"…, up to a comma or the wh-word that follows it.
const EXCLUDING = /\b(?:other than|besides|aside from|apart from|in addition to|along with|together with|alongside|as well as|except for|except)\s+(.+?)(?=\s*(?:[,?]|$|\b(?:what|which|who|whom|where|when|why|how|name|is|are|was|were|did|does|do|can|could|to|that)\b))/i

// What joins the next member after X, and the member before X to it.
// Determiners and quantifiers may open either member ("infrequent rain and *many* sunny days").
const OPENER = String.raw`(?:(?:the|its|their|his|her|a|an|many|some|several|most|more|few|other|all|both)\s+){0,2}`
const JOIN_NEXT = new RegExp(String.raw`^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as|plus)\s+)${OPENER}`, 'i')
const JOIN_PREVIOUS = new RegExp(String.raw`(?:\s*,\s*(?:and|or)?|\s+(?:and|or|as well as))\s+${OPENER}$`, 'i')
// Words that open a clause or a phrase of its own, not a member coordinated with X.
const CLAUSE_OPENER = /^(?:but(?!\s+also\b)|which|that|who|whom|whose|where|when|while|although|though|however|because|since|as|if|in|on|at|by|for|from|with|to|of|into|through|during|is|are|was|were)\b/i
// Where a member with no phrase of its own ends: punctuation, a clause word, or five words on.
const MEMBER_END = /[,;:.()]|\s(?:and|or|which|that|who|but)\s/

/** Where X stands in the sentence, and where the members beside it start and end. */
export interface Excluded {
  start: number
  end: number
  /** Offset where the member after X starts, when one does. */
  nextStart?: number
  /** Offset where the member before X ends, when one does. */
  previousEnd?: number
}

/**
 * Where the member starting at `from` ends when no phrase holds it: at punctuation or a clause
 * word, and only if that comes within five words; else undefined.
 *
 * @example
 * ```ts
 * memberEnd('surf and skateboard culture.', 9) // 27
 * ```
 */
export function memberEnd(text: string, from: number, limit: number): number | undefined {
  const rest = text.slice(from, limit)
  const m = MEMBER_END.exec(rest)
  const end = m ? m.index : rest.length
  return end > 0 && rest.slice(0, end).trim().split(/\s+/).length <= 5 ? from + end : undefined
}

/**
 * The index terms of what an "other than …" question sets aside, or undefined.
 *
 * @example
 * ```ts
 * excludedTerms('Other than surf, what other culture is it home to?') // ['surf']
 * ```
 */
export function excludedTerms(question: string): string[] | undefined {
  const m = EXCLUDING.exec(question)
  const named = m ? m[1]! : partnerOf(question)
  if (!named) return undefined
  const terms = tokenize(named).flatMap((t) => normalizeTerm(t.text) ?? [])
  return terms.length > 0 ? terms : undefined
}

// "between Koblenz and what other city", "Swabia, Franconia and what other location", "Bavaria from what other one".
const AND_WHAT_OTHER = /,?\s+(?:and|or|from)\s+(?:what|which)\s+(?:other|else)\b/i
// Words that open the member before "and what other": it is the content words after the last of them.
const MEMBER_OPENER = /^(?:the|a|an|its|their|his|her|between|from|of|in|on|at|to|by|with|for|as|like|and|or|is|are|was|were|be|been|has|have|had|did|does|do)$/i

/** The member a question coordinates with the one it asks for ("Koblenz" of "between Koblenz and what other city?"). */
function partnerOf(question: string): string | undefined {
  const m = AND_WHAT_OTHER.exec(question)
  if (!m) return undefined
  const before = question.slice(0, m.index).split(',').at(-1)!
  const tokens = tokenize(before)
  let i = tokens.length
  while (i > 0 && !MEMBER_OPENER.test(tokens[i - 1]!.text)) i--
  return i < tokens.length ? before.slice(tokens[i]!.start) : undefined
}

/**
 * The longest run of the sentence's words made of the excluded terms, and the members beside it.
 *
 * @example
 * ```ts
 * excludedIn('home to a surf and skateboard culture', words, ['surf']) // { start: 10, end: 14, nextStart: 19 }
 * ```
 */
export function excludedIn(text: string, words: readonly Word[], terms: readonly string[]): Excluded | undefined {
  const set = new Set(terms)
  let best: [number, number] | undefined
  for (let i = 0; i < words.length; i++) {
    if (!set.has(words[i]!.term)) continue
    let j = i
    // A run stays inside one phrase: "English Channel, the Irish Channel" is two members.
    while (j + 1 < words.length && set.has(words[j + 1]!.term) && !/[,;:()]/.test(text.slice(words[j]!.end, words[j + 1]!.start))) j++
    if (!best || j - i > best[1] - best[0]) best = [i, j]
    i = j
  }
  // Half of X's words at least: one shared common word is not X.
  if (!best || (best[1] - best[0] + 1) * 2 < set.size) return undefined
  const start = words[best[0]]!.start
  const end = words[best[1]]!.end
  const joined = JOIN_NEXT.exec(text.slice(end))
  // ", but in that definition…": a clause goes on after the comma, not another member.
  const next = joined && !CLAUSE_OPENER.test(text.slice(end + joined[0].length)) ? joined : null
  const previous = JOIN_PREVIOUS.exec(text.slice(Math.max(0, start - 40), start))
  return {
    start,
    end,
    ...(next ? { nextStart: end + next[0].length } : {}),
    ...(previous ? { previousEnd: start - previous[0].length } : {}),
  }
}

// Read once per question, not once per candidate sentence.
const EXCLUDED = requestMemo((q: QuestionAnalysis) => excludedTerms(q.text))

/**
 * For an "other than X" question, moves a sentence's candidates: the member beside X gains
 * `weight` (added first, running to the end of its noun phrase, when no candidate starts there, with
 * `slotBonus` for filling the verb's slot),
 * and candidates overlapping X lose it. Does nothing for other questions or when X is not in the sentence.
 *
 * @example
 * ```ts
 * weighSetAside(candidates, passage.text, words, s.end, nounPhrasesIn(passage, s), question, 0.3)
 * ```
 */
export function weighSetAside(candidates: Candidate[], text: string, words: readonly Word[], sentenceEnd: number, phrases: readonly Span[], question: QuestionAnalysis, weight: number, slotBonus: (start: number, end: number) => number = () => 0): void {
  const terms = EXCLUDED(question)
  const setAside = terms && excludedIn(text, words, terms)
  if (!setAside) return
  // "surf and skateboard culture": the member after X may open no span of its own; it runs to the end of the phrase.
  const next = setAside.nextStart
  if (next !== undefined && !candidates.some((c) => c.start === next)) {
    const end = phrases.find((p) => p.start < next && p.end > next)?.end ?? memberEnd(text, next, sentenceEnd)
    // It fills the verb's slot as any span there would.
    const rank = end === undefined ? 0 : 0.5 + slotBonus(next, end)
    if (end !== undefined) candidates.push({ start: next, end, fit: 1, score: Math.min(1, rank), rank })
  }
  for (const c of candidates) {
    const delta = c.start < setAside.end && c.end > setAside.start ? -weight
      : c.start === setAside.nextStart || c.end === setAside.previousEnd ? weight : 0
    if (delta === 0) continue
    c.rank = (c.rank ?? c.score) + delta
    c.score = Math.min(1, Math.max(0, c.rank))
  }
}
