/**
 * @module
 * Questions about a name's relation ("Who was *Bohemond's son*?", "What was the name of *Tancred's
 * nephew*?") answered from a sentence that has the relation the other way round: the answer owns
 * the relation ("Bohemond, *Robert's son*" gives "Robert", whose son Bohemond is), or the name is
 * itself the relation ("his *nephew Tancred*": Tancred is the nephew). Either way the sentence
 * names who X is the N of, not X's N.
 */
import type { QuestionAnalysis } from '../question/analyze'
import type { Passage } from '../types'
import { questionWords, sentenceWords, type RuleWord } from './rule-words'

/** Why the sentence has the question's relation the other way round. */
export interface RelationSwap {
  code: 'relation-swapped'
  reason: string
}

/** "Bohemond's son": the owner's name terms and text, and the relation's term and text. */
interface Relation {
  owner: string[]
  ownerText: string
  relation: string
  relationText: string
}

const POSSESSIVE = /^(.+?)['’]s$/u
const DETERMINERS = /^(?:his|her|their|its|the|a|an|whose|our|my|your)$/
const capital = (w: RuleWord): boolean => /^\p{Lu}/u.test(w.text)

/** The question's first "Name's noun" ("Bohemond's son"), if any. */
function relationOf(question: QuestionAnalysis): Relation | undefined {
  if (!/['’]s\s/.test(question.text)) return undefined
  const q = questionWords(question)
  const i = q.findIndex((w, k) => k > 0 && capital(w) && POSSESSIVE.test(w.text) && !!q[k + 1] && !capital(q[k + 1]!) && q[k + 1]!.term !== null)
  if (i < 0) return undefined
  // The owner: capitalised words (and "of", "the" between them) up to the possessive ("Edward the Confessor's").
  let a = i
  while (a > 1 && (capital(q[a - 1]!) || (/^(?:of|the)$/.test(q[a - 1]!.lower) && a > 2 && capital(q[a - 2]!)))) a--
  const owner = q.slice(a, i + 1).flatMap((w) => (capital(w) && w.term ? [w.term] : []))
  if (owner.length === 0) return undefined
  return { owner, ownerText: question.text.slice(q[a]!.start, q[i]!.end), relation: q[i + 1]!.term!, relationText: q[i + 1]!.text }
}

/**
 * Whether sentence `sentence` of `passage` has the question's "X's N" the other way round, for the
 * answer at passage offsets [`start`, `end`).
 *
 * @example
 * ```ts
 * // passage: "The Normans under the command of Bohemond, Robert's son, landed in Valona."
 * relationSwap(analyzeQuestion("Who was Bohemond's son?"), passage, 0, 42, 48)?.code // "relation-swapped"
 * ```
 */
export function relationSwap(question: QuestionAnalysis, passage: Passage, sentence: number, start: number, end: number): RelationSwap | undefined {
  // Read once: extraction asks once per question.
  const asked = relationOf(question)
  if (!asked) return undefined
  const s = sentenceWords(passage, sentence)
  const joined = (i: number): boolean => /^\s*$/.test(passage.text.slice(s[i]!.end, s[i + 1]!.start))
  const isOwner = (w: RuleWord): boolean => capital(w) && w.term !== null && asked.owner.includes(w.term)
  const reason = (other: string) => `the passage has '${other}', not '${asked.ownerText} ${asked.relationText}'`
  for (let i = 0; i + 1 < s.length; i++) {
    const [w, next] = [s[i]!, s[i + 1]!]
    if (next.term === asked.relation && joined(i)) {
      // "Robert's son" with the answer "Robert": the answer owns the relation, and is not X.
      if (POSSESSIVE.test(w.text) && w.start < end && end <= w.end && !isOwner(w)) return { code: 'relation-swapped', reason: reason(`${w.text} ${next.text}`) }
    }
    // The relation is a noun after a determiner ("*his* nephew Tancred"), not a modifier ("in inner Melbourne").
    if (w.term === asked.relation && !capital(w) && isOwner(next) && joined(i) && DETERMINERS.test(s[i - 1]?.lower ?? '')) {
      // "his nephew Tancred": X is the relation here, unless the sentence also says "Tancred's nephew".
      const owned = s.some((o, k) => isOwner(o) && POSSESSIVE.test(o.text) && s[k + 1]?.term === asked.relation)
      if (!owned) return { code: 'relation-swapped', reason: reason(`${w.text} ${next.text}`) }
    }
  }
  return undefined
}
