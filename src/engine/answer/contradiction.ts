/**
 * @module
 * Questions the best sentence contradicts rather than answers. A question that asks what is *not*
 * so ("What is not contained in PSPACE?") is not answered by a sentence that only states what is;
 * one that asks for the *least* important thing is not answered by a sentence about the most
 * important (WordNet's adjective and adverb antonyms, plus a few pairs it lacks), nor by one that
 * grades nothing as least ("an important class"); a sentence that negates the opposite ("is not
 * solved" for "unsolved") agrees with the question. They are how unanswerable questions are usually
 * made from a sentence; measured on the SQuAD 2.0 dev articles in README, Answers.
 */
import { lookupTable } from '../text/lookup-table'
import { WORDNET_OPPOSITES } from './opposites-data'
import { compassDirections } from './directions'
import { normalizeTerm } from '../text/terms'

// "Not only X but also Y" says both are so.
const NEGATION = /\b(?:not(?!\s+(?:only|just|merely)\b)|never|no|none|nor|without|cannot)\b|n't\b/i

/**
 * Whether a question or sentence is negated ("not", "never", "n't"…).
 *
 * @example
 * ```ts
 * isNegated('What is not contained in PSPACE?') // true
 * ```
 */
export function isNegated(text: string): boolean {
  return NEGATION.test(text)
}

// Pairs WordNet lacks as antonyms but questions invert; WordNet's adjective and adverb antonyms do the rest.
const EXTRA_PAIRS = 'before after|until after|till after|before since|rise drop|rose dropped|risen dropped|warm cold|warmer colder|hard easy|harder easier|sparsely heavily|sparse dense|always never|rarely usually|rarely commonly|seldom often|upper lower|manual mechanical|accept declined|accept declines|accept decline|accepted declined|accepted decline|accepts declined|accepting declined'

let opposites: Readonly<Record<string, readonly string[]>> | undefined
/** Word → its opposites, built once from the pair lists. */
function oppositesTable(): Readonly<Record<string, readonly string[]>> {
  if (opposites) return opposites
  const table: Record<string, string[]> = {}
  for (const pair of `${WORDNET_OPPOSITES}|${EXTRA_PAIRS}`.split('|')) {
    const [a, b] = pair.split(' ') as [string, string]
    ;(table[a] ??= []).push(b)
    ;(table[b] ??= []).push(a)
  }
  return (opposites = lookupTable(table))
}

/** A word and its plain form when it is a comparative or superlative ("easiest" → "easy", "latest" → "late"). */
function forms(word: string): string[] {
  const m = /^(\p{L}{3,}?)(iest|ier|est|er)$/u.exec(word)
  if (!m) return [word]
  const stem = m[1]!
  const plain = m[2]!.startsWith('i') ? `${stem}y` : stem
  // "latest" → "lat" + "late"; "biggest" → "bigg" + "big".
  return [word, plain, `${plain}e`, ...(/(\p{L})\1$/u.test(plain) ? [plain.slice(0, -1)] : [])]
}

/** Whether any of `forms(word)` has an opposite, without listing the forms (most question words have none). */
function hasOpposite(table: Readonly<Record<string, readonly string[]>>, word: string): boolean {
  return table[word] !== undefined || (COMPARED.test(word) && forms(word).some((f) => table[f] !== undefined))
}

// What `forms` strips; a word not ending so is its own only form.
const COMPARED = /(?:iest|ier|est|er)$/

const wordList = (text: string): string[] => text.toLowerCase().match(/\p{L}+(?:'\p{L}+)?/gu) ?? []
const wordsOf = (text: string): Set<string> => new Set(wordList(text))

/** Whether `sentence` negates `word` ("is not solved", "not yet known"): then it says what its opposite ("unsolved") does. */
function negates(sentence: string, word: string): boolean {
  return new RegExp(`(?:\\b(?:not|never|no)|n't)\\s+(?:\\p{L}+\\s+)?${word}\\b`, 'iu').test(sentence)
}

/** Why a sentence does not answer a question, when it contradicts it. */
export interface Contradiction {
  code: 'negated' | 'opposite' | 'degree-unstated'
  reason: string
}

// "The least X" is marked: a sentence that answers it says so ("least", "fewest", "lowest", "minimum").
// "At least" and "not least" are no degree.
const LEAST = /(?<!\b(?:at|not)\s+)\bleast\b/i
const LEAST_SAID = /\b(?:least|fewest|lowest|minim(?:um|al|ally))\b/i

// A sentence may state what is not so without "not": "with the exception of Riverside", "was excluded from",
// "had been unwilling to match".
const EXCEPTION = /\b(?:except|exception|excluded?|excluding|exclusion|unable|unwilling|reluctant|refus(?:ed|es|ing|al)|lacks?|lacked|lacking|absent|absence|fail(?:s|ed)?|neither|instead|rather than)\b/i

// The phrase that asks for a time of day, whose "day" is no part of the day.
const TIME_OF_DAY = /\btime of (?:the )?day\b/gi

/**
 * Whether `sentence` contradicts `question`: the question is negated and the sentence is not, the
 * question uses a word whose opposite the sentence uses instead, or it asks for the least of
 * something and the sentence grades nothing as least.
 *
 * @example
 * ```ts
 * contradiction('What is not contained in PSPACE?', 'P is contained in PSPACE.')?.code // "negated"
 * contradiction('What is the least important question?', 'It is the most important question.')?.reason
 * // "the question asks about 'least'; the passage says 'most'"
 * contradiction('What is the least important class?', '#P is an important class.')?.code // "degree-unstated"
 * ```
 */
export function contradiction(question: string, sentence: string): Contradiction | undefined {
  if (isNegated(question) && !isNegated(sentence) && !EXCEPTION.test(sentence)) {
    return { code: 'negated', reason: 'the question asks what is not so; the closest passage only says what is' }
  }
  // "What time of day…?" asks for a time: its "day" opposes no "night" the sentence says.
  const asked = question.replace(TIME_OF_DAY, 'time')
  const opposed = oppositeOf(asked, sentence) ?? otherOf(asked, sentence, compassDirections) ?? otherOf(asked, sentence, seasons)
  if (opposed) return opposed
  // A sentence that says "most" answers "least" the other way round ('opposite', above); one that
  // grades nothing ("an important class") does not say which is least.
  if (LEAST.test(question) && !LEAST_SAID.test(sentence)) {
    return { code: 'degree-unstated', reason: "the question asks for the least; the closest passage does not say which is least" }
  }
  // "What is the smallest nation…?" of a sentence that grades nothing: it does not say which is smallest.
  const superlative = superlativeIn(question)
  if (superlative && !superlativeIn(sentence) && !GRADED.test(sentence)) {
    return { code: 'degree-unstated', reason: `the question asks for the ${superlative}; the closest passage does not say which is ${superlative}` }
  }
  return undefined
}

/** The question's word whose opposite the sentence uses instead, if any. */
function oppositeOf(question: string, sentence: string): Contradiction | undefined {
  // Most questions name nothing with an opposite: then the sentence need not be read at all.
  const table = oppositesTable()
  const words = wordsOf(question)
  // "How old…?", "How long…?" ask for a measure: the adjective takes no side ("old" is not against "new").
  const measured = /\bhow\s+(\p{L}+)/iu.exec(question)?.[1]?.toLowerCase()
  if (measured) words.delete(measured)
  let any = false
  for (const word of words) if ((any = hasOpposite(table, word))) break
  if (!any) return undefined
  const questionWords = [...words].map((word) => ({ word, variants: forms(word) }))
  const opposed = questionWords.filter((q) => q.variants.some((f) => table[f] !== undefined))
  const sentenceWords = wordList(sentence)
  // The first sentence word (in order) one of whose forms is `form`: looked up for the few forms asked, not built for every word.
  const said = (form: string) => sentenceWords.find((w) => w === form || (COMPARED.test(w) && forms(w).includes(form)))
  const asked = new Set(questionWords.flatMap((q) => q.variants))
  for (const { word, variants } of opposed) {
    // "not willing" asks about what "unwilling" says.
    if (variants.some((f) => said(f) !== undefined) || negates(question, word)) continue
    // "Abstract or concrete?" names both sides: not an opposite.
    const opposite = variants.flatMap((f) => table[f] ?? []).find((o) => said(o) !== undefined && !asked.has(o) && !negates(sentence, said(o)!)
      && (!ANCHORED.has(word) || sameAnchor(question, word, sentence, said(o)!)))
    if (opposite) return { code: 'opposite', reason: `the question asks about '${word}'; the passage says '${said(opposite)}'` }
  }
  return undefined
}

// Words whose opposite says something else only about the same thing: "after the bridge failure" is
// not contradicted by "bends before it breaks", nor "the first goal" by "the second half".
const ANCHORED: ReadonlySet<string> = new Set(['before', 'after', 'until', 'till', 'since', 'first', 'second', 'third', 'last', 'earlier', 'later'])
const FILLER = /^(?:the|a|an|his|her|its|their|this|that|these|those|of|it|they|he|she)$/

/** Up to `n` index terms of the content words right after the first `word` of `text`. */
function termsAfter(text: string, word: string, n: number): string[] {
  const words = wordList(text)
  const at = words.indexOf(word)
  if (at < 0) return []
  return words.slice(at + 1).filter((w) => !FILLER.test(w)).slice(0, n).flatMap((w) => normalizeTerm(w) ?? [])
}

/** Whether the question's `word` and the sentence's opposite `said` govern the same thing. */
function sameAnchor(question: string, word: string, sentence: string, said: string): boolean {
  const asked = termsAfter(question, word, 2)
  const given = new Set(termsAfter(sentence, said, 3))
  return asked.some((t) => given.has(t))
}

// The seasons; "fall" only as one ("last fall", "in the fall"), not the verb ("did shares fall").
const SEASON = /\b(?:(spring|summer|autumn|winter)|(?:the|last|this|next|previous|that|early|late)\s+(fall))\b/gi

/** The seasons a text names, "fall" read as "autumn". */
function seasons(text: string): Set<string> {
  return new Set([...text.matchAll(SEASON)].map((m) => (m[1] ?? 'autumn').toLowerCase()))
}

/**
 * The question's direction or season when the sentence gives another and not it: "When did the
 * Rhine travel *southwest*…?" against "followed a course to the *northwest*"; "How much did shares
 * fall during the previous *spring*?" against "had fallen … during the previous *autumn*".
 */
function otherOf(question: string, sentence: string, read: (text: string) => Set<string>): Contradiction | undefined {
  const asked = read(question)
  if (asked.size === 0) return undefined
  const said = read(sentence)
  if (said.size === 0 || [...asked].some((d) => said.has(d))) return undefined
  return { code: 'opposite', reason: `the question asks about '${[...asked][0]}'; the passage says '${[...said][0]}'` }
}

// Words in -est that grade nothing.
const NOT_GRADED = new Set(['west', 'interest', 'forest', 'request', 'honest', 'modest', 'harvest', 'contest', 'protest', 'suggest', 'digest', 'invest', 'arrest', 'rest', 'test', 'nest', 'guest', 'quest', 'crest', 'chest', 'pest', 'vest', 'zest', 'earnest', 'manifest', 'southwest', 'northwest', 'midwest', 'everest', 'budapest', 'bucharest', 'conquest', 'unrest', 'behest', 'tempest', 'priest', 'inquest', 'bequest', 'attest', 'detest', 'infest', 'wrest', 'lest', 'pretest', 'ingest', 'congest', 'divest', 'molest', 'celest', 'alcest'])
const SUPERLATIVE = /\b(\p{L}{2,}est)\b/giu
// What grades a thing in a sentence besides a word in -est: "most", "least", "top", an ordinal rank.
const GRADED = /\b(?:most|least|top|leading|foremost|premier|number one|first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|only|sole|main|chief|principal|primary|major|maximum|minimum|record)\b/i

/** The first superlative in -est of a text, lower case, if any. */
function superlativeIn(text: string): string | undefined {
  for (const m of text.matchAll(SUPERLATIVE)) {
    const word = m[1]!.toLowerCase()
    if (!NOT_GRADED.has(word) && !/^\p{Lu}/u.test(m[1]!)) return word
  }
  return undefined
}
