/**
 * @module
 * Questions that swap one name of a sentence for another: the owner of a thing ("When did
 * *Corvane's* board approve the deal?" against "approved by *Pemberly's* board") or one word of a
 * name in several ("the laboratory at *Kelmsford* University" against "a laboratory at the
 * University of *Tressaly*", "the United *Kingdom*" against "the United *States*"). SQuAD 2.0's
 * writers made unanswerable questions by such entity swaps; the sentence answers about the other
 * name. Measured in docs/answers.md, Session 12.
 */
import type { QuestionAnalysis } from '../question/analyze'
import { oneEditApart } from '../text/edits'
import type { Passage } from '../types'
import { isPossessive, questionWords, sentenceWords, type RuleWord as Word } from './rule-words'
import { NAME_TITLES } from './titled-names'

/** Why the sentence is about another name than the question's. */
export interface NameSwap {
  code: 'modifier-differs'
  reason: string
}

const isCapital = (w: Word): boolean => /^\p{Lu}/u.test(w.text)
const bare = (w: Word): string => w.lower.replace(/['’]s$/, '')

/** The capitalised words right before word `at`: the rest of its name ("Faith" before "March's"). */
function nameBefore(words: readonly Word[], at: number): Word[] {
  let start = at
  while (start > 0 && isCapital(words[start - 1]!) && words[start - 1]!.term !== null) start--
  return words.slice(start, at)
}

// Words that say which of the owner's things without naming it: "its *own* head office", "the *former* office".
const OWNER_FILLER: ReadonlySet<string> = new Set(['own', 'former', 'new', 'old', 'current', 'then', 'main', 'chief'])

/** Up to three index terms of the lower-case words after word `at`, owner fillers left out: what an owner owns. */
function owned(words: readonly Word[], at: number): string[] {
  const terms: string[] = []
  for (let k = at + 1; k < words.length && k <= at + 3 && !isCapital(words[k]!); k++) {
    const term = words[k]!.term
    if (term && !OWNER_FILLER.has(words[k]!.lower)) terms.push(term)
  }
  return terms
}

/** The words from the owner at `at` to the owned word whose term is `term`: "Corvane's own head". */
function ownedPhrase(words: readonly Word[], at: number, term: string): string {
  let end = at + 1
  while (end < words.length && end <= at + 3 && words[end]!.term !== term) end++
  return words.slice(at, end + 1).map((w) => w.text).join(' ')
}

/**
 * An owner of the question's ("Corvane's board") that the sentence never writes as an owner, where
 * the sentence gives the same thing another named owner ("Pemberly's board").
 *
 * @example
 * ```ts
 * // question words of "When did Corvane's board approve the deal?", sentence words of
 * // "The deal was approved by Pemberly's board on 2 February."
 * possessorSwap(question, () => sentence) // { code: 'modifier-differs', reason: "the question asks about 'Corvane's board'; the passage says 'Pemberly's board'" }
 * ```
 */
export function possessorSwap(question: readonly Word[], sentenceWords: () => readonly Word[]): NameSwap | undefined {
  for (let i = 1; i < question.length - 1; i++) {
    const owner = question[i]!
    if (!isCapital(owner) || !isPossessive(owner.text) || owner.term === null) continue
    const things = owned(question, i)
    if (things.length === 0) continue
    const sentence = sentenceWords()
    // The sentence writes the question's owner as one too: it may say both.
    if (sentence.some((w) => isPossessive(w.text) && bare(w) === bare(owner))) return undefined
    for (let j = 0; j < sentence.length - 1; j++) {
      const other = sentence[j]!
      if (!isCapital(other) || !isPossessive(other.text) || other.term === null) continue
      // "Britain's" and "British", "Europe's" and "European": the same owner in other words; an owner
      // the question names otherwise ("UK's" for "Sky UK Limited's"), or whose name in the sentence
      // holds the question's ("Faith March's" for "Faith's").
      if (bare(other).slice(0, 4) === bare(owner).slice(0, 4) || question.some((w) => w.lower === bare(other)) || nameBefore(sentence, j).some((w) => w.lower === bare(owner))) continue
      const theirs = owned(sentence, j)
      const shared = things.findLast((t) => theirs.includes(t))
      if (shared === undefined) continue
      return { code: 'modifier-differs', reason: `the question asks about '${ownedPhrase(question, i, shared)}'; the passage says '${ownedPhrase(sentence, j, shared)}'` }
    }
  }
  return undefined
}

// Words that join the parts of one name: "University *of* Tressaly", "Bank *of* England".
const JOINS: ReadonlySet<string> = new Set(['of', 'de', 'du', 'la', 'von', 'van', 'del', 'der'])

// Words a name may carry or drop without naming something else: titles and offices ("President
// Obama" for "Barack Obama"), company forms ("Apple Computer" for "Apple Inc"), ordinals and
// Roman numerals (`code-names.ts` reads those: "World War II" against "the Second World War").
const LOOSE = new RegExp(`^(?:${[...NAME_TITLES].join('|')}|president|professor|prof|dr|mr|mrs|ms|miss|senator|governor|mayor|general|captain|chancellor|minister|prime|secretary|judge|justice|bishop|archbishop|cardinal|father|reverend|rev|sheikh|chairman|chairwoman|colonel|major|lieutenant|sergeant|admiral|commander|coach|director|chief|inc|ltd|corp|corporation|co|company|plc|llc|group|holdings|first|second|third|fourth|fifth|[ivxl]+)$`)

/**
 * The names of `words`: capitalised words with only a space between them ("San Bernardino", not
 * "San Diego, Riverside" nor "Colorado-Mexico"), joined by "of" and the like ("University of
 * Tressaly"; kept, for the reason's text). `text` holds the words' offsets; word 0 of a question is
 * its wh-word.
 */
function capitalRuns(words: readonly Word[], text: string, from: number): Word[][] {
  const runs: Word[][] = []
  const spaced = (j: number) => text.slice(words[j - 1]!.end, words[j]!.start) === ' '
  for (let i = from; i < words.length; i++) {
    if (!isCapital(words[i]!) || words[i]!.term === null) continue
    const run = [words[i]!]
    let j = i + 1
    for (; j < words.length && spaced(j); j++) {
      const w = words[j]!
      if (isCapital(w) && w.term !== null) run.push(w)
      else if (JOINS.has(w.lower) && j + 1 < words.length && isCapital(words[j + 1]!)) run.push(w)
      else break
    }
    runs.push(run)
    i = j - 1
  }
  return runs
}

// Two words alike in their first five letters, or one letter apart, are one name: "Europe" and
// "European", "Sand Bernardino" misspelt for "San Bernardino".
const alike = (a: string, b: string): boolean => (a.length >= 5 && a.slice(0, 5) === b.slice(0, 5)) || oneEditApart(a, b)

/** What `nameRunSwap` reads besides the question: the answer's sentence and span, and the article's subject. */
export interface NameRunInput {
  question: QuestionAnalysis
  passage: Passage
  sentence: number
  /** The answer's offsets in the passage: a name the answer is part of is what the question asks for. */
  answer: { start: number; end: number }
  /** Whether the sentence has a term, as written, corrected or as a synonym. */
  inSentence: (term: string) => boolean
  /** The document title's terms: an article's subject is often left out ("the delta" in "Rhine"). */
  topic: ReadonlySet<string>
}

/**
 * A name of the question in several words of which the sentence has some but not all, where the
 * sentence's word belongs to a name with another word: "Kelmsford University" against "the
 * University of Tressaly", "the United Kingdom" against "the United States". The name the answer
 * is part of does not count ("What channel replaced Sky Travel?" is answered by "Sky Three").
 *
 * @example
 * ```ts
 * // "How many patients in the United Kingdom will it involve?" against a sentence saying
 * // "a second trial involving 2,000 patients in the United States and Japan"
 * nameRunSwap(input) // { code: 'modifier-differs', reason: "the question asks about 'United Kingdom'; the passage says 'United States'" }
 * ```
 */
export function nameRunSwap({ question, passage, sentence, answer, inSentence, topic }: NameRunInput): NameSwap | undefined {
  const words = questionWords(question)
  for (const run of capitalRuns(words, question.text, 1)) {
    const named = run.filter((w) => w.term !== null && !LOOSE.test(bare(w)))
    if (named.length < 2) continue
    const absent = named.filter((w) => !inSentence(w.term!) && !topic.has(w.term!))
    if (absent.length === 0 || absent.length === named.length) continue
    const asked = new Set(named.map((w) => w.term))
    for (const theirs of capitalRuns(sentenceWords(passage, sentence), passage.text, 0)) {
      if (theirs[0]!.start < answer.end && theirs.at(-1)!.end > answer.start) continue
      if (!theirs.some((w) => asked.has(w.term))) continue
      // Another name: a word the question never uses ("Orange, San Diego, … and San Bernardino"
      // names both), not the question's misspelt ("Sand Bernardino").
      const other = theirs.find((w) => w.term !== null && !words.some((q) => q.term === w.term) && !LOOSE.test(bare(w)))
      if (!other || absent.some((w) => theirs.some((t) => alike(bare(w), bare(t))))) continue
      const said = passage.text.slice(theirs[0]!.start, theirs.at(-1)!.end)
      return { code: 'modifier-differs', reason: `the question asks about '${question.text.slice(run[0]!.start, run.at(-1)!.end)}'; the passage says '${said}'` }
    }
  }
  return undefined
}
