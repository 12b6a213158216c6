/**
 * @module
 * The answer type a question expects, from its wh-word and phrasing: "How many…" wants a number,
 * "Who heads…" a person, "By when…" a date, "Why…" a reason. Rules, not a model: they read the
 * first words of the question and the noun a "which"/"what" asks about.
 */
import type { AnswerType } from '../results'
import { lookupTable } from '../text/lookup-table'
import { oneEditApart } from '../text/edits'
import { INSTITUTIONS, PLACES, PERSON_NOUNS, isPersonFocus } from './noun-classes'

// Focus words that only name the answer's type ("what *percentage*", "in what *year*"): an article
// writes the figure, not the word.
const TYPE_WORDS: readonly (readonly [AnswerType, string])[] = [
  ['date', 'year date day month century decade time period era season week'],
  ['percent', 'percentage percent proportion portion share fraction'],
  ['money', 'price cost amount sum budget fee salary revenue revenues profit profits income earnings turnover wage wages debt valuation dollars euros pounds'],
  ['number', 'age score scoreline'],
  ['duration', 'duration'],
]

/**
 * Nouns after "which"/"what" that fix the type: "which broadcaster" is an organisation. People,
 * institutions and places come from the noun classes of `noun-classes.ts`; "age" asks for a
 * number (an age span, `entities/ages.ts`), "time" for a date or a time of day.
 */
export const FOCUS_TYPES: Readonly<Record<string, AnswerType>> = lookupTable(Object.fromEntries([
  ...[...PERSON_NOUNS].filter(isPersonFocus).map((w) => [w, 'person']),
  ...INSTITUTIONS.map((w) => [w, 'organization']),
  ...PLACES.map((w) => [w, 'place']),
  ...TYPE_WORDS.flatMap(([type, list]) => list.split(' ').map((w) => [w, type])),
  // Measured quantities ask for a figure too, but an article says the word ("a population of 3.7 million").
  ...'population temperature magnitude height length width depth elevation altitude distance speed weight mass capacity attendance enrollment enrolment'
    .split(' ').map((w) => [w, 'number']),
]) as Record<string, AnswerType>)

const NAMES_TYPE: ReadonlySet<string> = new Set(TYPE_WORDS.flatMap(([, list]) => list.split(' ')))

/**
 * Whether a question word only names the answer's type ("What *percentage*…?", "In what *year*…?").
 *
 * @example
 * ```ts
 * namesAnswerType('percentage') // true
 * namesAnswerType('population') // false: articles say "a population of…"
 * ```
 */
export function namesAnswerType(word: string): boolean {
  return NAMES_TYPE.has(word.toLowerCase())
}

// Words that make a "how much" or "how large" question ask for money.
const MONEY_WORDS = /\b(cost|costs|pay|paid|spend|spent|worth|price|fund|funding|money|budget|earn|raise|raised|invest|owe|charge|sell|sold|buy|bought)\b/

/**
 * The type a focus noun fixes, allowing one typing slip in a word of seven letters or more
 * ("broadcastr" is a broadcaster, "individuals" individual). Shorter words have too many
 * neighbours: measured on SQuAD dev, "other" read as "mother", "weeks" as "seeks".
 *
 * @example
 * ```ts
 * focusType('broadcastr') // "organization"
 * ```
 */
export function focusType(word: string): AnswerType | undefined {
  // A plural names the same kind: "which countries" wants places.
  const exact = FOCUS_TYPES[word] ?? FOCUS_TYPES[word.replace(/ies$/, 'y')] ?? FOCUS_TYPES[word.replace(/e?s$/, '')]
  // A verb form is no misspelt noun: "employed" is not "employee", "developed" not "developer".
  if (exact || word.length < 7 || /(?:ed|ing)$/.test(word)) return exact
  for (const [noun, type] of LONG_FOCUS_NOUNS) if (oneEditApart(word, noun)) return type
  return undefined
}

// The nouns a misspelt focus may be corrected to (six letters or more), listed once, not per question word.
const LONG_FOCUS_NOUNS = Object.entries(FOCUS_TYPES).filter(([noun]) => noun.length >= 6)

const AUXILIARIES = /^(is|are|was|were|am|do|does|did|can|could|will|would|shall|should|has|have|had|may|might|must)\b/

// Words between "what"/"which" and the noun asked about: "what kind of", "what are two", "what is one example of".
const SKIP = /^(is|are|was|were|does|do|did|the|a|an|kind|type|sort|of|name|kinds|types|one|two|three|four|five|some|another|example|examples)$/
// Words that ask for a kind of the noun after them: "what *type* of time".
const KIND_WORDS = /^(kind|type|sort|kinds|types|sorts)$/
// Words that end the wh-phrase ("what main attribute *are*…", "what part *of* France").
const STOPS = /^(of|in|on|at|by|for|from|to|with|about|into|over|under|between|after|before|during|than|as|that|which|who|whose|when|where|why|how|the|a|an|and|or|this|these|those|its|their|his|her)$/

/**
 * The noun a wh-phrase asks about, from word `j` on: the last word of a phrase of up to three words
 * ended by an auxiliary, a preposition or the question's end ("what practical *role* does", "the
 * Norman *religion*?"); else its first word, the next word being likely a verb ("what
 * *architecture* type came after", "what *term* corresponds to"). After "type of" it is the noun
 * that follows ("the most employed type of *reduction*").
 */
function focusHead(words: readonly string[], j: number): number | undefined {
  // A possessive modifies what follows: "the Norman's major *exports*", "Norman art's best known *piece*".
  for (let k = j; k < Math.min(words.length, j + 3); k++) if (/'s?$/.test(words[k]!) && k + 1 < words.length) j = k + 1
  const start = j
  while (j < words.length && ADVERB.test(words[j]!)) j++
  const ends = (w: string | undefined) => w === undefined || AUXILIARIES.test(w) || STOPS.test(w) || VERB.test(w) || ADVERB.test(w)
  // A participle after an adverb modifies the noun: "the most well *known* piece", "least *used* type".
  if (j > start && VERB.test(words[j] ?? '') && !ends(words[j + 1]) && !/ing$/.test(words[j + 1]!)) j++
  // So does one after a superlative: "the lowest *recorded* temperature".
  const superlative = /^\p{L}{2,}est$/u.test(words[j] ?? '') && VERB.test(words[j + 1] ?? '') && !ends(words[j + 2])
  if (superlative) return focusHead(words, j + 2)
  if (j >= words.length || ends(words[j])) return undefined
  // "What *delimits* the delta…": a word in -s straight after the wh-word, before a determiner, is its verb.
  if (j === start && /^(what|which)$/.test(words[j - 1] ?? '') && /[^su]s$/.test(words[j]!) && /^(the|a|an|this|these|its|their)$/.test(words[j + 1] ?? '')) return undefined
  let k = j
  while (k + 1 < j + 3 && !ends(words[k + 1])) k++
  // "what term *corresponds* to", "what thesis *specifies* that": a word in -s before a verb's
  // complement is the verb, and the word before it the noun.
  // After a count the word in -s is a plural noun: "the two integer *responses* to".
  const verbLike = k > j && /[^su]s$/.test(words[k]!) && /^(that|to|the|a|an|this|these|its|their)$/.test(words[k + 1] ?? '') &&
    !/^(two|three|four|five|six|seven|eight|nine|ten|several|many|both|few)$/.test(words[j - 1] ?? '')
  const head = verbLike ? j : ends(words[k + 1]) ? k : j
  // "the most employed *type* of reduction" asks about reductions.
  return KIND_WORDS.test(words[head]!) && words[head + 1] === 'of' ? focusHead(words, head + 2) ?? head : head
}

// "what is/was the X (Y) V-ing?": the noun phrase is the subject of a progressive verb that ends the
// question (a noun in -ing after an article or adjective, "the building", "the tallest building", is no verb).
const PROGRESSIVE = /^\W*what\s+(?:is|are|was|were)\s+(?:the|a|an|this|that|these|those|his|her|its|their|some)\s+(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]*[^\s'’-](?<!\b(?:the|a|an|of|in|on|at|for|to|by|new|old|main|first|last|only|same|other|former|local|public|\p{L}+est))\s+\p{L}{3,}ing\s*\??\s*$/iu

// Participles and common verb forms end a wh-phrase ("what term *used* to…", "what is *given*…").
const VERB = /^(?:\p{L}{2,}ed|given|known|taken|made|done|seen|shown|came|become|became|said|found|held|built|set|took|gave|led|won|fought|began|wrote|written|left|went|got|lost|brought|sought|taught|kept|sent|spent|stood|told|paid|met|rose|fell|grew|knew|drew|broke|chose|spoke|drove|ran|saw|sold|bought|lies|lay|occurs|occurred|happens|happened|comes|goes|takes|makes)$/u
// Adverbs before the noun or verb: "what is *generally* considered…", "what *often* affects…".
const ADVERB = /^(?:(?!family$|assembly$|supply$|anomaly$|monopoly$)\p{L}{4,}ly|often|most|more|well|least|less|not|never)$/u

/**
 * The type, and the word index in `words` where the focus noun may start (for "how many X",
 * "which X", "what X"); `implied` is a focus the phrasing names without the noun ("how old" asks
 * for an age).
 *
 * @example
 * ```ts
 * answerTypeOf(['how', 'many', 'rounds', 'was', 'ukraine', 'firing']) // { type: 'number', focusAt: 2 }
 * ```
 */
export function answerTypeOf(words: string[]): { type: AnswerType; focusAt?: number; implied?: string } {
  const q = words.join(' ')
  // The question's own wh-word is its first: "Who led the troops when Cyprus fell?" asks for a person.
  const wh = /\b(?:how|when|why|where|who|whom|whose|which|what)\b/.exec(q)?.index ?? q.length
  const at = (pattern: RegExp) => {
    const m = pattern.exec(q)
    return m && m.index <= wh ? m : null
  }
  // The wh-phrase may follow a preposition or a clause: "In what year…", "Ukraine fired how many…".
  if (at(/\bhow (many|few)\b/)) return { type: 'number', focusAt: words.indexOf(at(/\bhow (many|few)\b/)![1]!) + 1 }
  const much = at(/\bhow much\b/)
  if (much) {
    const after = words.slice(words.indexOf('much') + 1)
    // "How much money…", "How much is the plan?", "How much did it cost?" ask for money; "How much ammo…" for a quantity.
    const money = /^(money|funding|cash|is|was|were|are)\b/.test(after.join(' ')) || MONEY_WORDS.test(after.join(' '))
    return money ? { type: 'money' } : { type: 'number', focusAt: words.indexOf('much') + 1 }
  }
  // "How large is the EU's pledge?" asks for an amount of money.
  const size = at(/\bhow (large|big)\b/)
  if (size && (MONEY_WORDS.test(q.slice(size.index)) || /\b(pledges?|packages?|aid|loans?|grants?|deals?|donations?|investments?)\b/.test(q.slice(size.index)))) return { type: 'money' }
  if (at(/\bhow long\b/)) return { type: 'duration' }
  // "How old is she?" asks for an age: a number the build marked as one (`entities/ages.ts`).
  if (at(/\bhow old\b/)) return { type: 'number', implied: 'age' }
  if (at(/\bhow (far|tall|big|large|high|deep|wide|heavy|fast|often|small|low)\b/)) return { type: 'number' }
  if (at(/^(by|since|until|till) when\b|\bwhen\b/)) return { type: 'date' }
  if (at(/\bwhy\b|\bfor what (reason|purpose)\b|\bwhat (is|was|were|are) the (reason|cause|purpose)s?\b|\bwhat (caused|causes|led to|prompted)\b/)) return { type: 'reason' }
  // "What was Alemu's (finishing) time?": a runner's time is a duration, not a time of day.
  if (at(/^what (?:is|was|were|are) [\p{L}'’.-]+(?: [\p{L}'’.-]+){0,3}['’]s? (?:(?:winning|finishing|best|record|race|personal best) )?times?$/u) && /['’]/.test(q)) return { type: 'duration' }
  if (at(/\bwhere\b/)) return { type: 'place' }
  if (at(/\b(who|whom|whose)\b/)) return { type: 'person' }
  const which = at(/\b(which|what)\b/)
  if (which) {
    const i = words.indexOf(which[1]!)
    const next = words[i + 1] ?? ''
    // "what is X" asks for a definition when X is all that follows; "what is the X of Y" is a lookup.
    // Not when X is owned ("What is Sean's surname?") or the question ends on a preposition ("What was she surviving on?").
    const rest = words.slice(i + 2)
    if (/^(is|are|was|were)$/.test(next) && words.length - i <= 5 && !/^(the|a|an)$/.test(words[i + 2] ?? '') && words[0] === which[1] &&
      !rest.some((w) => /'s?$/.test(w)) && !STOPS.test(rest.at(-1) ?? '')) {
      return { type: 'definition' }
    }
    if (/^(does|do|did)$/.test(next) && /\b(mean|stand for|refer to)\b/.test(q)) return { type: 'definition' }
    // "What will the base model cost?", "What did the bridge cost (in euros / to build)?" ask for money.
    if (/^(does|do|did|will|would|could|might|should)$/.test(next) && /\bcost(?: (?:in|us|them|him|her|the) [\p{L}\s]+| to \p{L}+)?$/u.test(q)) return { type: 'money' }
    // "What does her father do (for a living)?" asks for an occupation.
    if (/^(does|do|did)$/.test(next) && /\bdo(?: for (?:a living|work))?$/.test(q)) return { type: 'other', implied: 'occupation' }
    let j = i + 1
    // After "do"-support the next noun is the clause's subject, not what is asked: "What does *the
    // Alliance* work to strengthen?", "What did some *members* propose?" (after "is" it is: "What is the *capital*…").
    // Measured: taking the subject's head as the focus instead scores the same and abstains on one fewer unanswerable SQuAD question.
    if (/^(does|do|did)$/.test(next)) return { type: 'other' }
    // So does a progressive: "What was *the man* harvesting?" asks for what he harvested, not for a man.
    if (PROGRESSIVE.test(q)) return { type: 'other' }
    while (j < words.length && SKIP.test(words[j]!)) j++
    // "What type of time…" asks for a kind of time ("linear time"), not a date: the noun after
    // "kind/type/sort of" is the focus, but it does not fix the type.
    if (words.slice(i + 1, j).some((w) => KIND_WORDS.test(w))) return { type: 'other', focusAt: focusHead(words, j) }
    const named = words.slice(i + 1, j).includes('name')
    // A possessive modifies what follows: "What is Victoria's highest monthly *temperature*?"
    for (let k = j; k < Math.min(words.length - 1, j + 3) && !AUXILIARIES.test(words[k]!) && !STOPS.test(words[k]!); k++) {
      if (/'s?$/.test(words[k]!)) j = k + 1
    }
    // The typed noun may follow a modifier or two: "what Norse leader", "which Ukrainian MP"; not
    // a preposition ("which bound of time" asks for a bound).
    // A participle after a superlative modifies the noun too: "the lowest *recorded* temperature".
    const verbAt = (k: number) => VERB.test(words[k]!) && !(k > j && /^\p{L}{2,}est$/u.test(words[k - 1]!))
    for (let k = j; k < Math.min(words.length, j + 3) && !AUXILIARIES.test(words[k]!) && !STOPS.test(words[k]!) && !verbAt(k); k++) {
      // "the name of the *count*": after "name of", a title names a person, not a modifier ("count" in "which count" may be a number).
      const type = focusType(words[k]!) ?? (named && PERSON_NOUNS.has(words[k]!) ? 'person' : undefined)
      if (type && k <= i + 8) return { type, focusAt: k }
    }
    const head = focusHead(words, j)
    return { type: 'other', focusAt: head }
  }
  if (at(/^how\b/) || at(/\bin what way\b/)) return { type: 'manner' }
  if (at(/^(define|describe|explain)\b/)) return { type: 'definition' }
  if (at(/^(name|list|give)\b/)) return { type: 'other', focusAt: 1 }
  if (AUXILIARIES.test(q)) return { type: 'yes-no' }
  return { type: 'other' }
}
