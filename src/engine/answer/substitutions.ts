/**
 * @module
 * Questions made from a sentence by changing one word of its phrase: "a *limited* collection of
 * instances" asked of "an *infinite* collection of instances", "multiplying *three* numbers" of
 * "multiplying two numbers". SQuAD 2.0's writers built unanswerable questions this way (antonym
 * and entity swaps, Rajpurkar et al. 2018). A paraphrase changes words too ("an exact definition"
 * for "a precise definition"), so the rule only reads a modifier the whole passage never uses, in
 * front of a noun the sentence modifies with another word. Measured in README, Answers.
 *
 * Measured alone against the session-3 start (SQuAD dev abstention / answerable F1 / overall F1 at
 * threshold 0.2; seed and news unchanged): `number-differs` 0.556 → 0.568 / 0.385 / 0.476 → 0.482
 * (complexity alone 0.679 → 0.697 abstention, Normans unchanged); `modifier-differs` 0.556 → 0.601 /
 * 0.385 / 0.476 → 0.500 (complexity 0.679 → 0.751, Normans unchanged; 2 answerable questions
 * abstained, both answered wrongly before: "an exact definition" for "a precise definition").
 * Session 4: `noun-differs` 0.634 → 0.643 (threshold 0: 0.589 → 0.598), answerable F1 unchanged
 * (one answered wrongly before abstains); complexity 0.742 → 0.760, Normans, seed and news unchanged.
 */
import type { QuestionAnalysis } from '../question/analyze'
import type { AnalyzedQuery } from '../search/query'
import { sentenceTerms } from '../search/sentence-terms'
import type { Passage } from '../types'
import { isPossessive, questionWords, sentenceWords, type RuleWord as Word } from './rule-words'
import { mentions } from './support'
import { synonymous } from './synonyms'
import { oneEditApart } from '../text/edits'
import { baseOf } from './irregular-verbs'

/** Why a sentence answers a changed question, not this one. */
export interface Substitution {
  code: 'number-differs' | 'modifier-differs' | 'noun-differs'
  reason: string
}

// Counts written as words: "three integers" against "two integers".
const COUNTS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
}

/**
 * A small count ("three", "3") as a number; years and other figures are `unmentioned.ts`'s.
 *
 * @example
 * ```ts
 * countOf('three') // 3
 * countOf('1066') // undefined
 * ```
 */
export function countOf(lower: string): number | undefined {
  if (/^\d{1,2}$/.test(lower)) return Number(lower)
  return Object.hasOwn(COUNTS, lower) ? COUNTS[lower] : undefined
}

// Words that open a noun phrase: the next two words are a modifier and its noun ("a limited
// collection", "of sociology studies"). After "to" they are a verb and its object: left out.
const OPENERS: ReadonlySet<string> = new Set(
  'a an the of by in on for with from into and or their its his her any some this these other'.split(' '),
)

// After "and" or "or" the sentence's modifier is one of several ("cultural and ethnic identity"):
// the question's may be another of them.
const JOINERS: ReadonlySet<string> = new Set(['and', 'or'])

// Words that pick out rather than describe ("another problem", "every instance").
const PICKERS: ReadonlySet<string> = new Set(['another', 'every', 'certain', 'given', 'following'])

// Prepositions the index keeps as terms: no noun ("of time *across* all functions").
const PREPOSITIONS: ReadonlySet<string> = new Set(
  'across through throughout within without between among against during toward towards along around beyond via per upon onto despite'.split(' '),
)

// Words that follow a noun phrase's end but hardly a verb: "a computational solution *where*…".
// A preposition or an article may follow a verb too ("the carvers bring *to*", "the envoy urged *the*").
const AFTER_PHRASE = /^(?:where|which|that|who|whom|whose|of)$/

/** Whether word `k` of `words` ends a noun phrase: the last word, or one before a function word. */
const endsPhrase = (words: readonly Word[], k: number): boolean => k + 1 >= words.length || AFTER_PHRASE.test(words[k + 1]!.lower)

/**
 * Whether a question's word and the sentence's say the same: WordNet synonyms ("an exact definition"
 * for "a precise definition", "section" for "part") or a typing slip of four letters or more ("serf
 * breaks"; shorter words one letter apart are often other words: "cat", "cut"), or forms of one verb.
 */
const sameWord = (a: string, b: string): boolean => synonymous(a, b) || (a.length >= 4 && b.length >= 4 && oneEditApart(a, b)) || sameVerb(a, b)

/** Forms of one irregular verb, which the stemmer cannot join: "take place" and "took place". */
const sameVerb = (a: string, b: string): boolean => (baseOf(a) ?? a) === (baseOf(b) ?? b)

const isName = (w: Word): boolean => /^[\p{Lu}\p{N}]/u.test(w.text)

/**
 * A count of the question that the sentence gives otherwise for the same thing: "the problem of
 * multiplying three numbers" against "multiplying two numbers".
 */
function countChanged(question: readonly Word[], sentenceWords: () => readonly Word[]): Substitution | undefined {
  for (let i = 0; i < question.length - 1; i++) {
    const asked = countOf(question[i]!.lower)
    if (asked === undefined) continue
    const sentence = sentenceWords()
    if (sentence.some((w) => w.lower === question[i]!.lower)) continue
    // What is counted: the next content words (at most two: "three finite graphs").
    const counted = new Set(question.slice(i + 1, i + 3).flatMap((w) => (w.term && countOf(w.lower) === undefined ? [w.term] : [])))
    for (let j = 0; j < sentence.length - 1; j++) {
      const given = countOf(sentence[j]!.lower)
      if (given === undefined || given === asked) continue
      if (sentence.slice(j + 1, j + 3).some((w) => w.term !== null && counted.has(w.term))) {
        return { code: 'number-differs', reason: `the question asks about '${question[i]!.text}'; the passage says '${sentence[j]!.text}'` }
      }
    }
  }
  return undefined
}

/**
 * A modifier of the question that the passage never uses, where the sentence modifies the same
 * noun with a word the question does not have: "a scientific model" against "a mathematical model".
 */
function modifierChanged(
  question: readonly Word[], sentenceWords: () => readonly Word[], said: readonly string[], known: (term: string) => boolean,
): Substitution | undefined {
  const asked = new Set(question.flatMap((w) => (w.term ? [w.term] : [])))
  for (let i = 1; i < question.length - 1; i++) {
    const [before, modifier, noun] = [question[i - 1]!, question[i]!, question[i + 1]!]
    if (!modifier.term || !noun.term || isName(noun) || !said.includes(noun.term) || known(modifier.term)) continue
    // Adverbs ("commonly used") and pickers ("another problem") do not name a kind of the noun.
    if (modifier.lower.endsWith('ly') || PICKERS.has(modifier.lower)) continue
    const sentence = sentenceWords()
    for (let j = 1; j < sentence.length; j++) {
      const other = sentence[j - 1]!
      if (sentence[j]!.term !== noun.term || !other.term || isName(other) || asked.has(other.term)) continue
      if (sameWord(modifier.lower, other.lower)) continue
      // "Aurvik's exports" against "the island's exports": the sentence names the owner by what it is.
      if (isPossessive(modifier.text) && isPossessive(other.text) && isName(modifier)) continue
      // Both phrases open where a noun phrase does ("a scientific model", "a mathematical model"),
      // or after the same word ("the graph isolation problem", "the graph isomorphism problem"):
      // not a predicate ("is the alliance short on" against "is now short").
      const opener = sentence[j - 2]?.lower ?? ''
      if (!(OPENERS.has(before.lower) && OPENERS.has(opener) && !JOINERS.has(opener)) && (before.term === null || opener !== before.lower)) continue
      return { code: 'modifier-differs', reason: `the question asks about '${modifier.text} ${noun.text}'; the passage says '${other.text} ${sentence[j]!.text}'` }
    }
  }
  return undefined
}

/**
 * A noun of the question that the passage never uses, after a modifier the sentence puts before
 * another noun: "a computational *solution*" against "a computational problem", "of random
 * *ribbons*" against "of random bits". Both phrases open and end as noun phrases, so a verb after
 * a noun ("some members *propose*" against "some members suggested") does not count.
 */
function nounChanged(
  question: readonly Word[], sentenceWords: () => readonly Word[], said: readonly string[], known: (term: string) => boolean,
): Substitution | undefined {
  const asked = new Set(question.flatMap((w) => (w.term ? [w.term] : [])))
  for (let i = 0; i < question.length - 1; i++) {
    const [modifier, noun] = [question[i]!, question[i + 1]!]
    if (!modifier.term || !noun.term || isName(noun) || isName(modifier) || PREPOSITIONS.has(noun.lower)) continue
    // The noun ends the question's phrase: "some members *propose*" is a verb.
    if (!endsPhrase(question, i + 1) || !said.includes(modifier.term) || known(noun.term)) continue
    const sentence = sentenceWords()
    for (let j = 0; j < sentence.length - 1; j++) {
      const other = sentence[j + 1]!
      if (sentence[j]!.lower !== modifier.lower || !other.term || isName(other) || asked.has(other.term) || !endsPhrase(sentence, j + 1)) continue
      if (sameWord(noun.lower, other.lower)) continue
      // Both open a noun phrase ("a computational solution", "a computational problem").
      const opener = sentence[j - 1]?.lower ?? ''
      if (!OPENERS.has(question[i - 1]?.lower ?? '') || !OPENERS.has(opener) || JOINERS.has(opener)) continue
      return { code: 'noun-differs', reason: `the question asks about '${modifier.text} ${noun.text}'; the passage says '${sentence[j]!.text} ${other.text}'` }
    }
  }
  return undefined
}

// Name modifiers that say the same place in other words: a shared start covers most ("Norway",
// "Norwegian"; "Europe", "European"), these the rest.
const SAME_PLACE: ReadonlySet<string> = new Set(['us american', 'usa american', 'uk british', 'eu european', 'america us', 'britain uk'])
const samePlace = (a: string, b: string): boolean =>
  a.slice(0, 3) === b.slice(0, 3) || SAME_PLACE.has(`${a} ${b}`) || SAME_PLACE.has(`${b} ${a}`)

/**
 * A name modifier of the question that the sentence does not have, where the sentence puts another
 * name before the same noun: "the *US* laptop market" against "the *European* laptop market".
 */
function nameModifierChanged(question: readonly Word[], sentenceWords: () => readonly Word[], said: readonly string[]): Substitution | undefined {
  const asked = new Set(question.flatMap((w) => (w.term ? [w.term] : [])))
  for (let i = 1; i < question.length - 1; i++) {
    const [before, modifier, noun] = [question[i - 1]!, question[i]!, question[i + 1]!]
    // Capitalised words only: a number ("the 1857 gold rush") is `countChanged`'s and `unmentioned.ts`'s.
    if (!modifier.term || !noun.term || !/^\p{Lu}/u.test(modifier.text) || isName(noun) || !OPENERS.has(before.lower) || !said.includes(noun.term) || said.includes(modifier.term)) continue
    const sentence = sentenceWords()
    for (let j = 2; j < sentence.length; j++) {
      const other = sentence[j - 1]!
      if (sentence[j]!.term !== noun.term || !other.term || !isName(other) || asked.has(other.term) || !OPENERS.has(sentence[j - 2]!.lower)) continue
      // The same place in other words, or the same name misspelt ("Primier League").
      if (samePlace(modifier.lower, other.lower) || sameWord(modifier.lower, other.lower)) continue
      return { code: 'modifier-differs', reason: `the question asks about '${modifier.text} ${noun.text}'; the passage says '${other.text} ${sentence[j]!.text}'` }
    }
  }
  return undefined
}

/**
 * Whether the question changed a count or a modifier of the phrase sentence `sentence` of
 * `passage` states. `passageTerms` are the passage's index terms; a modifier the passage has as
 * written, corrected ("fuedel" for "feudal") or as a synonym is not a change.
 *
 * @example
 * ```ts
 * // passage: "A problem is an infinite collection of instances."
 * substitution(analyzeQuestion('What is a limited collection of instances?'), query, passage, 0, passageTerms(passage))
 * // { code: 'modifier-differs', reason: "the question asks about 'limited collection'; the passage says 'infinite collection'" }
 * ```
 */
export function substitution(
  question: QuestionAnalysis, query: AnalyzedQuery, passage: Passage, sentence: number, passageTerms: ReadonlySet<string>,
): Substitution | undefined {
  const q = questionWords(question)
  // Most questions change nothing the rules read: the sentence is tokenized only when one does.
  let words: readonly Word[] | undefined
  const s = () => (words ??= sentenceWords(passage, sentence))
  const said = sentenceTerms(passage, sentence)
  const known = (term: string): boolean => mentions(query, question, passageTerms, term)
  return countChanged(q, s) ?? modifierChanged(q, s, said, known) ?? nounChanged(q, s, said, known) ?? nameModifierChanged(q, s, said)
}
