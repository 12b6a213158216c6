/**
 * @module
 * The answer type a question expects, from its wh-word and phrasing: "How many…" wants a number,
 * "Who heads…" a person, "By when…" a date, "Why…" a reason. Rules, not a model: they read the
 * first words of the question and the noun a "which"/"what" asks about.
 */
import type { AnswerType } from '../results'
import { lookupTable } from '../text/lookup-table'

/** Nouns after "which"/"what" that fix the type: "which broadcaster" is an organisation. */
export const FOCUS_TYPES: Readonly<Record<string, AnswerType>> = lookupTable(Object.fromEntries(
  (
    [
      ['person', 'person man woman people king queen leader president ruler emperor author writer scientist player minister ambassador mp politician official commander founder inventor composer artist poet philosopher chancellor pope duke prince princess son daughter father mother wife husband brother sister individual spokesperson spokesman'],
      ['organization', 'organization organisation company group agency broadcaster network newspaper outlet magazine publication station website paper channel party team university college institution alliance body bloc union council committee firm corporation government ministry department army navy club league church bank'],
      ['place', 'country city place region state town continent island river location area province county nation territory capital village mountain sea ocean lake street building site border'],
      ['date', 'year date day month century decade time period era season week'],
      ['percent', 'percentage percent proportion share fraction'],
      ['money', 'price cost amount sum budget fee salary'],
      ['duration', 'duration'],
    ] as const
  ).flatMap(([type, words]) => words.split(' ').map((w) => [w, type as AnswerType])),
))

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
  const exact = FOCUS_TYPES[word]
  if (exact || word.length < 7) return exact
  for (const [noun, type] of LONG_FOCUS_NOUNS) if (oneEditApart(word, noun)) return type
  return undefined
}

// The nouns a misspelt focus may be corrected to (six letters or more), listed once, not per question word.
const LONG_FOCUS_NOUNS = Object.entries(FOCUS_TYPES).filter(([noun]) => noun.length >= 6)

/** Whether two words differ by one inserted, deleted or replaced letter. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1)
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}

const AUXILIARIES = /^(is|are|was|were|am|do|does|did|can|could|will|would|shall|should|has|have|had|may|might|must)\b/

/**
 * The type, and the word index in `words` where the focus noun may start (for "how many X",
 * "which X", "what X").
 *
 * @example
 * ```ts
 * answerTypeOf(['how', 'many', 'rounds', 'was', 'ukraine', 'firing']) // { type: 'number', focusAt: 2 }
 * ```
 */
export function answerTypeOf(words: string[]): { type: AnswerType; focusAt?: number } {
  const q = words.join(' ')
  const at = (pattern: RegExp) => pattern.exec(q)
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
  if (at(/\bhow (long|old)\b/)) return { type: at(/\bhow long\b/) ? 'duration' : 'number' }
  if (at(/\bhow (far|tall|big|large|high|deep|wide|heavy|fast|often|small|low)\b/)) return { type: 'number' }
  if (at(/^(by|since|until|till) when\b|\bwhen\b/)) return { type: 'date' }
  if (at(/\bwhy\b|\bfor what (reason|purpose)\b|\bwhat (is|was|were|are) the (reason|cause|purpose)s?\b|\bwhat (caused|causes|led to|prompted)\b/)) return { type: 'reason' }
  if (at(/\bwhere\b/)) return { type: 'place' }
  if (at(/\b(who|whom|whose)\b/)) return { type: 'person' }
  const which = at(/\b(which|what)\b/)
  if (which) {
    const i = words.indexOf(which[1]!)
    const next = words[i + 1] ?? ''
    // "what is X" asks for a definition when X is all that follows; "what is the X of Y" is a lookup.
    if (/^(is|are|was|were)$/.test(next) && words.length - i <= 5 && !/^(the|a|an)$/.test(words[i + 2] ?? '') && words[0] === which[1]) {
      return { type: 'definition' }
    }
    if (/^(does|do|did)$/.test(next) && /\b(mean|stand for|refer to)\b/.test(q)) return { type: 'definition' }
    const skip = /^(is|are|was|were|does|do|did|the|a|an|kind|type|sort|of|name|kinds|types)$/
    let j = i + 1
    while (j < words.length && skip.test(words[j]!)) j++
    // The typed noun may follow a modifier or two: "what Norse leader", "which Ukrainian MP".
    for (let k = j; k < Math.min(words.length, j + 3) && !AUXILIARIES.test(words[k]!); k++) {
      const type = focusType(words[k]!)
      if (type && k <= i + 8) return { type, focusAt: k }
    }
    return { type: 'other', focusAt: j < words.length ? j : undefined }
  }
  if (at(/^how\b/) || at(/\bin what way\b/)) return { type: 'manner' }
  if (at(/^(define|describe|explain)\b/)) return { type: 'definition' }
  if (at(/^(name|list|give)\b/)) return { type: 'other', focusAt: 1 }
  if (AUXILIARIES.test(q)) return { type: 'yes-no' }
  return { type: 'other' }
}
