/**
 * @module
 * A name the sentence describes in the question's words: "San Diego, *the eighth most populous
 * city in the nation*" answers "What is the eighth most populous city in the nation?", as do
 * "the Legislative Assembly (*the lower house*)" and "Victoria *is the centre of dairy farming*".
 * The description sits right after the name (after a comma, inside brackets or after a copula) or
 * before it ("*the largest city* is Los Angeles"); the name, not the description, answers.
 */
import type { QuestionAnalysis } from '../question/analyze'
import { requestMemo } from '../request-memo'
import { isFramingWord } from './naming'
import type { Word } from './words'

// What joins a name to the description after it: a comma or a bracket (then maybe an article), or
// a copula and an article ("is *the* centre of…"; "were joined by…" is a passive, no description).
const JOIN_AFTER = /\s*(?:(?:,|\()\s*(?:(?:the|a|an)\s+)?|\s(?:is|was|are|were|became|becomes|remains|remained)\s+(?:the|a|an)\s+)/iuy
// A copula right before the name, after its description.
const JOIN_BEFORE = /\s(?:is|was|are|were)\s+$/iu
// A verb that makes a stretch a clause, not a noun phrase: an auxiliary or modal, a common
// irregular past, or a present-tense verb right after a name or pronoun ("the Rhine *flows*").
const CLAUSE = /\b(?:is|are|was|were|be|been|has|have|had|can|could|will|would|may|might|must|shall|should|do|does|did|began|became|saw|took|made|gave|went|came|led|left|found|held|brought|began|grew|fell|rose|won|lost|built|sent|told|said)\b|(?:\b\p{Lu}\p{L}*|\b(?:it|he|she|they|this|which|who))\s+\p{Ll}+s\b/u
// A stretch opening with a conjunction or relative word is a clause of its own: ", and later forms…".
const OPENS_CLAUSE = /^(?:and|or|but|nor|so|yet|which|who|whom|whose|where|when|while|although|though|because|since|as|if|that)\b/i
// What ends a description.
const CUT = /[,;:()]/g
/** Fewest question words a description must repeat: one shared word is chance. */
const MIN_SHARED = 2
/**
 * Least IDF-weighted share of the question's words it must repeat: at 0.5 descriptions made of an
 * article's common words ("complexity", "Turing machine") named wrong answers on the dev articles.
 */
const MIN_SHARE = 0.65

/**
 * The IDF-weighted share of the question's words (less the focus and framing words) that the description
 * next to `start`–`end` repeats; 0 when no description stands there, or it repeats fewer than two
 * of them or less than `MIN_SHARE`.
 *
 * @example
 * ```ts
 * // "San Diego, the eighth most populous city in the nation." for "What is the eighth most populous city in the nation?"
 * describedShare(text, words, sentence, 0, 9, analyzeQuestion('What is the eighth most populous city in the nation?'), idfOf) // 1
 * ```
 */
export function describedShare(
  text: string,
  words: readonly Word[],
  sentence: { start: number; end: number },
  start: number,
  end: number,
  question: QuestionAnalysis,
  idfOf: (term: string) => number,
): number {
  const wanted = WANTED(question)
  if (wanted.length < MIN_SHARED) return 0
  let best = 0
  // Sticky, from `end`: no slice of the sentence per candidate.
  JOIN_AFTER.lastIndex = end
  const after = JOIN_AFTER.exec(text)
  if (after && end + after[0].length <= sentence.end) {
    const from = end + after[0].length
    const to = cutAfter(text, from, sentence.end)
    // "Near Sankt Goarshausen, the Rhine flows around…": after a comma, a clause is no description.
    if (!CLAUSE.test(text.slice(from, to)) && !OPENS_CLAUSE.test(text.slice(from, to))) best = share(words, from, to, wanted, idfOf)
  }
  // A copula ends within a few characters of the name: only that much is read.
  const window = Math.max(sentence.start, start - 12)
  const before = JOIN_BEFORE.exec(text.slice(window, start))
  if (before) {
    const to = window + before.index
    best = Math.max(best, share(words, cutBefore(text, sentence.start, to), to, wanted, idfOf))
  }
  return best
}

function cutAfter(text: string, from: number, limit: number): number {
  CUT.lastIndex = from
  const m = CUT.exec(text)
  return m && m.index < limit ? m.index : limit
}

function cutBefore(text: string, limit: number, to: number): number {
  // Scanned by hand: `matchAll` would start from the lastIndex `cutAfter` left on CUT.
  for (let i = to - 1; i >= limit; i--) if (',;:()'.includes(text[i]!)) return i + 1
  return limit
}

// What the answer is described as: the question's words less the focus, which names its kind
// ("What *state* … is the centre of dairy farming?"), and less the words that frame it. Read once per question.
const WANTED = requestMemo((q: QuestionAnalysis): readonly string[] => {
  const framing = new Set(q.words.filter((w) => isFramingWord(w.text)).map((w) => w.term))
  return q.keywords.filter((t) => t !== q.focusTerm && !framing.has(t))
})

function share(words: readonly Word[], from: number, to: number, wanted: readonly string[], idfOf: (term: string) => number): number {
  // Words are few and in order: scanned in place rather than collected into a set per candidate.
  const inside = (t: string) => {
    for (const w of words) if (w.start >= from && w.end <= to && w.term === t) return true
    return false
  }
  let shared = 0
  let said = 0
  let total = 0
  for (const t of wanted) {
    const w = idfOf(t)
    total += w
    if (inside(t)) {
      shared++
      said += w
    }
  }
  const part = total > 0 ? said / total : 0
  return shared < MIN_SHARED || part < MIN_SHARE ? 0 : part
}
