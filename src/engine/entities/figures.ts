/**
 * @module
 * Figures by rule, because compromise misses most of them: amounts of money, percentages,
 * durations and counts with what they count ("up to 6,000 rounds", "one million rounds of
 * ammunition"). Each span carries a `normalized` plain value.
 */
import type { Span } from '../types'
import { ageSpans } from './ages'
import { NUMBER_WORDS, SCALE_WORDS, parseNumber, plainNumber } from './number-words'
import type { TaggedTerm } from './tagged'
import { lookupTable } from '../text/lookup-table'
import { MEASURE_UNIT, TIME_UNIT } from './units'

const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`
const WORDS = String.raw`(?:${NUMBER_WORDS})(?:[- ](?:${NUMBER_WORDS}))?`
const AMOUNT = String.raw`(?:${DIGITS}|${WORDS}|a|an)(?:\s+(?:${SCALE_WORDS}))*|(?:${DIGITS})\s*(?:bn|mn|m|k)\b`
// Words that bound a figure: part of the answer ("up to 6,000"), not of the number.
const MODIFIER = String.raw`(?:(?:an estimated|a total of|up to|about|around|approximately|nearly|almost|roughly|some|over|under|below|above|at least|at most|more than|less than|fewer than|as many as|as much as|as few as|just over|just under|well over|close to)\s+)?`

// A figure starts at a word boundary; `\b` fails before "$".
const START = String.raw`(?<![\p{L}\p{N}])`

const CURRENCY_SIGNS: Readonly<Record<string, string>> = lookupTable({ $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', US$: 'USD' })
/** Currency words and their ISO codes, as money spans normalise them ("1199 EUR"). */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = lookupTable({
  dollar: 'USD', dollars: 'USD', usd: 'USD', euro: 'EUR', euros: 'EUR', eur: 'EUR', pound: 'GBP', pounds: 'GBP',
  gbp: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupees: 'INR', rupee: 'INR', francs: 'CHF', roubles: 'RUB', rubles: 'RUB',
  kronor: 'SEK', krona: 'SEK', kroner: 'NOK', krone: 'DKK', zloty: 'PLN', forint: 'HUF', lira: 'TRY', rand: 'ZAR',
  pesos: 'MXN', reais: 'BRL', shekels: 'ILS', dirhams: 'AED', riyals: 'SAR', baht: 'THB', ringgit: 'MYR',
  // Historical money, no ISO code: normalised as the word itself ("1800000 THALER").
  thalers: 'THALER', ducats: 'DUCAT', florins: 'FLORIN', guilders: 'GUILDER', livres: 'LIVRE', shillings: 'SHILLING',
})

// "£304m", "$2bn": a scale letter joined to the figure, read before the bare figure (only after a
// currency sign: "100m" alone is as often metres).
const MONEY_AMOUNT = String.raw`(?:${DIGITS})(?:bn|mn|m|k)\b|${AMOUNT}`
// "£15–100,000": a range, whose upper end may repeat the sign.
const MONEY_BEFORE = new RegExp(String.raw`${START}${MODIFIER}(US\$|[$€£¥])\s?(${MONEY_AMOUNT})(?:\s?[–-]\s?(?:US\$|[$€£¥])?(${MONEY_AMOUNT}))?`, 'giu')
const MONEY_AFTER = new RegExp(String.raw`${START}${MODIFIER}(${AMOUNT})\s+(${Object.keys(CURRENCY_WORDS).join('|')})\b`, 'giu')
// "27-30%", "10 to 15 percent": a range, whose lower end goes without the sign (and is no year: "2004 to 60%").
const PERCENT = new RegExp(String.raw`${START}${MODIFIER}(?:(\d{1,3}(?:\.\d+)?)\s?(?:[–-]|to)\s?)?(${DIGITS}|${WORDS})\s?(%|percent\b|per cent\b|percentage points?\b)`, 'giu')
// A share written as a fraction: "almost a fifth", "two-thirds", "by half". "Half" alone only after
// "by" or before "of" ("the second half" is a part of a match); no fraction before a noun it would
// rank ("a third runway", "a third quarter").
const FRACTION = new RegExp(String.raw`${START}${MODIFIER}(?:(a|an|one|two|three|four|five|six|seven|eight|nine)[- ](half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)s?|(?<=\bby\s+(?:\p{L}+\s+){0,2})(half)|(half)(?=\s+of\b))\b(?=\s+(?:of|during|in|on|since|from|over|than|to|and|or|but|while|after|before|as|because|compared|between|last|this|that|a|an|the)\b|\s*[^\s\p{L}]|\s*$)`, 'giu')
const DENOMINATORS: Readonly<Record<string, number>> = lookupTable({ half: 2, third: 3, quarter: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 })
const DURATION = new RegExp(String.raw`${START}${MODIFIER}(${AMOUNT}|several|a few|many)[- ](${TIME_UNIT})\b`, 'giu')
const DURATION_MORE = new RegExp(String.raw`^\s+(?:and\s+)?(\d+)\s+(${TIME_UNIT})\b`, 'i')
const CLOCK_DURATION = /(?<![\p{N}:.])(\d{1,2}):([0-5]\d):([0-5]\d)(?![\p{N}:])/gu
const HYPHEN_MEASURE = new RegExp(String.raw`${START}(${DIGITS})-(${MEASURE_UNIT})(?![\p{L}-])`, 'giu')
// A unit of measure right after a figure: "2000 kilometres" is a length, not a year.
const UNIT_AFTER = new RegExp(String.raw`^\s*${MEASURE_UNIT}\b`, 'i')

// A temperature: a degree sign is a unit ("48.8 °C", "9°F", "1,200 °C"), and so is a scale letter
// joined to the figure ("41.2C", "105F"). Read before counts, which would stop at "41".
const TEMPERATURE = new RegExp(String.raw`${START}${MODIFIER}([-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s?(°\s?[CF]|[CF])(?![\p{L}\p{N}])`, 'giu')

/** The label of a score's span ("3-2"). */
export const SCORE_LABEL = 'score'

// A score or tally: "beat Rovers 3-2", "a 1-1 draw", "voted 7-2". Two small numbers around a dash,
// not one of a range ("3-4 weeks"), a date ("1914-18") or a longer run ("1-2-3").
const SCORE = /(?<![\p{L}\p{N}.,:\/–-])(\d{1,3}) ?[-–] ?(\d{1,3})(?![\p{N}.,:\/%–-]|\.\d)/gu
// What stands around a score: the verb before it, or the noun after it.
const SCORE_BEFORE = /\b(?:beat|beats|beaten|won|win|wins|winning|lost|lose|loses|losing|drew|draw|draws|drawn|led|lead|leads|leading|trailed|trail|trailing|voted|vote|votes|defeated|defeat|defeats|thrashed|edged|finished|ended|ends|scoreline|score|margin|by|at)\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}$/u
const SCORE_AFTER = /^\s+(?:win|wins|victory|victories|defeat|defeats|loss|losses|draw|draws|lead|scoreline|vote|votes|majority|decision|result|home win|away win|aggregate)\b/
const VOTE_TALLY = /(?<![\p{L}\p{N}.,])(\d{1,4}) votes? to (\d{1,4})(?![\p{N}.,]\d)/gu
const COUNT = new RegExp(String.raw`${START}${MODIFIER}(${AMOUNT})\b`, 'giu')

/**
 * Whether a word after a count says what it counts: a noun, not a time word or another number.
 * Right after a number, compromise often reads a plural as a verb ("6,000 rounds"), so a word
 * ending in "s" that is no other part of speech counts too.
 */
const counts = (term: TaggedTerm | undefined): boolean => {
  if (term === undefined || !/^\p{L}[\p{L}-]*$/u.test(term.text)) return false
  const { tags } = term
  if (tags.has('Pronoun') || tags.has('Date') || tags.has('Value') || tags.has('Adverb')) return false
  return tags.has('Noun') || (/s$/.test(term.text) && tags.has('PresentTense'))
}

// Words compromise may tag as part of a name's noun ("University *of* California").
const FUNCTION_WORDS = /^(?:of|and|or|the|a|an|for|in|on|at|to|by|with|from)$/

/** A lower-case noun that is no verb: the second word of what a count counts ("6,000 artillery *shells*"). */
const commonNoun = (term: TaggedTerm | undefined): boolean =>
  counts(term) && !term!.tags.has('Verb') && /^\p{Ll}/u.test(term!.text) && !FUNCTION_WORDS.test(term!.text)

/** Whether the word before `offset` makes "a day" a rate: a plural noun, a number, "once", "twice". */
function rateBefore(terms: TaggedTerm[], offset: number): boolean {
  let before: TaggedTerm | undefined
  for (const t of terms) {
    if (t.end > offset) break
    before = t
  }
  return !!before && (before.tags.has('Plural') || before.tags.has('Cardinal') || /^(?:once|twice|thrice)$/i.test(before.text))
}

/**
 * Ages, money, percentages, durations and counts in a passage. Overlaps resolve in that order, so
 * "$2.1 billion" is money and not also a count.
 *
 * @example
 * ```ts
 * figureSpans('up to 6,000 rounds', tag('up to 6,000 rounds').terms)
 * // [{ start: 0, end: 18, type: 'number', normalized: '6000', label: 'rounds' }]
 * ```
 */
export function figureSpans(text: string, terms: TaggedTerm[]): Span[] {
  const spans: Span[] = []
  const free = (start: number, end: number) => spans.every((s) => end <= s.start || start >= s.end)
  const add = (span: Span) => {
    if (free(span.start, span.end)) spans.push(span)
  }
  const termAt = (offset: number) => terms.find((t) => t.start >= offset && /^\s*$/.test(text.slice(offset, t.start)))

  // Ages first: "19-year-old" is an age, not a duration; "Rice, 19," an age, not a bare count.
  for (const age of ageSpans(text)) add(age)
  for (const m of text.matchAll(MONEY_BEFORE)) {
    const amount = (text: string) => parseNumber(text.replace(/(\d)(bn|mn|m|k)$/i, '$1 $2'))
    const value = amount(m[2]!)
    const upper = m[3] === undefined ? undefined : amount(m[3])
    const shown = upper === undefined ? plainNumber(value ?? 0) : `${plainNumber(value ?? 0)}–${plainNumber(upper)}`
    if (value !== undefined) add({ start: m.index, end: m.index + m[0].length, type: 'money', normalized: `${shown} ${CURRENCY_SIGNS[m[1]!]}` })
  }
  for (const m of text.matchAll(MONEY_AFTER)) {
    const value = parseNumber(m[1]!)
    if (value !== undefined) add({ start: m.index, end: m.index + m[0].length, type: 'money', normalized: `${plainNumber(value)} ${CURRENCY_WORDS[m[2]!.toLowerCase()]}` })
  }
  for (const m of text.matchAll(PERCENT)) {
    const value = parseNumber(m[2]!)
    if (value === undefined) continue
    const lower = m[1] === undefined ? undefined : parseNumber(m[1])
    // A lower end above the upper is no range ("from 90 to 60%" says where it went): the figure alone.
    const range = lower !== undefined && lower < value
    const start = m[1] === undefined || range ? m.index : m.index + m[0].lastIndexOf(m[2]!)
    add({ start, end: m.index + m[0].length, type: 'percent', normalized: `${range ? `${plainNumber(lower)}–` : ''}${plainNumber(value)}%` })
  }
  for (const m of text.matchAll(FRACTION)) {
    const numerator = m[1] === undefined || /^an?$/i.test(m[1]) ? 1 : parseNumber(m[1])
    const denominator = DENOMINATORS[(m[2] ?? 'half').toLowerCase()]
    if (numerator !== undefined && denominator !== undefined) {
      add({ start: m.index, end: m.index + m[0].length, type: 'percent', normalized: `${plainNumber(Math.round((1000 * numerator) / denominator) / 10)}%`, label: 'fraction' })
    }
  }
  // A race or running time: "2:11:02" (hours, minutes, seconds).
  for (const m of text.matchAll(CLOCK_DURATION)) add({ start: m.index, end: m.index + m[0].length, type: 'duration', normalized: `PT${+m[1]!}H${+m[2]!}M${+m[3]!}S` })
  for (const m of text.matchAll(DURATION)) {
    // "the Thirty Years' War", "the Six Days War": a capitalised duration that opens a name is no duration.
    if (/^\p{Lu}/u.test(m[0]) && /^['’]?\s+\p{Lu}/u.test(text.slice(m.index + m[0].length))) continue
    // "90 trains a day", "twice a week": a rate, not a length of time ("for a day", "lasts a week" are).
    if (/^an?$/i.test(m[1]!) && rateBefore(terms, m.index)) continue
    const value = parseNumber(m[1]!)
    const unitOf = (word: string) => word.toLowerCase().replace(/ies$/, 'y').replace(/ia$/, 'ium').replace(/s$/, '')
    let normalized = value !== undefined ? `${plainNumber(value)} ${unitOf(m[2]!)}` : undefined
    // "2 hours 9 minutes and 41 seconds": one duration in several units.
    let end = m.index + m[0].length
    for (let more = DURATION_MORE.exec(text.slice(end)); more; more = DURATION_MORE.exec(text.slice(end))) {
      end += more[0].length
      normalized = normalized && `${normalized} ${more[1]} ${unitOf(more[2]!)}`
    }
    add({ start: m.index, end, type: 'duration', ...(normalized ? { normalized } : {}) })
  }
  for (const m of text.matchAll(TEMPERATURE)) {
    // "iPhone 5C", "Model 3F": after a product's name the letter is part of a model's name.
    if (/(?:\p{Ll}\p{Lu}[\p{L}\p{N}]*|\b(?:[Mm]odel|[Tt]ype|[Cc]lass|[Gg]rade|[Vv]ersion|[Ss]eries))\s+$/u.test(text.slice(Math.max(0, m.index - 20), m.index))) continue
    const magnitude = parseNumber(m[1]!.replace(/^[-−]/, ''))
    const value = magnitude === undefined ? undefined : /^[-−]/.test(m[1]!) ? -magnitude : magnitude
    if (value !== undefined) add({ start: m.index, end: m.index + m[0].length, type: 'number', normalized: plainNumber(value), label: `°${m[2]!.slice(-1).toUpperCase()}` })
  }
  // Scores overlap the counts they hold: "voted 7-2" is a tally, and "7" still the number who voted for.
  const scores: Span[] = []
  for (const m of text.matchAll(SCORE)) {
    const end = m.index + m[0].length
    if (SCORE_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)) || SCORE_AFTER.test(text.slice(end, end + 20))) {
      scores.push({ start: m.index, end, type: 'number', normalized: `${m[1]}-${m[2]}`, label: SCORE_LABEL })
    }
  }
  // A tally in words: "approved by 41 votes to 23".
  for (const m of text.matchAll(VOTE_TALLY)) scores.push({ start: m.index, end: m.index + m[0].length, type: 'number', normalized: `${m[1]}-${m[2]}`, label: SCORE_LABEL })
  // "a 14.6-kilometre line", "a 300-metre tower": a measure written as a modifier.
  for (const m of text.matchAll(HYPHEN_MEASURE)) {
    const value = parseNumber(m[1]!)
    if (value !== undefined) add({ start: m.index, end: m.index + m[0].length, type: 'number', normalized: plainNumber(value), label: m[2]! })
  }
  for (const m of text.matchAll(COUNT)) {
    const core = m[1]!
    // An article; a year (dates handle years), unless a unit follows it ("2000 kilometres").
    if (/^(a|an)$/i.test(core) || (/^(1[0-9]|20)\d\d$/.test(core) && !UNIT_AFTER.test(text.slice(m.index + m[0].length)))) continue
    // A capitalised number word inside a name ("the Single Transferable Vote", "Three Rivers") counts nothing.
    if (/^\p{Lu}\p{Ll}/u.test(core) && /^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length)) && !/(?:^|[.!?:;]["')\]]?\s+)$/u.test(text.slice(0, m.index))) continue
    const value = parseNumber(core.replace(/(\d)(bn|mn|m|k)$/i, '$1 $2'))
    if (value === undefined) continue
    let end = m.index + m[0].length
    // What the number counts: the nouns right after it ("rounds"; label "rounds of ammunition").
    const next = termAt(end)
    let label: string | undefined
    // A name after a count opens the phrase it modifies ("5 *University* of California campuses",
    // "two *Major* League Soccer teams"): it is not what is counted; a people is ("5 Americans"), and
    // so is a noun it modifies ("two Italian abbots").
    const named = next !== undefined && /^\p{Lu}/u.test(next.text) && !/s$/.test(next.text) && !commonNoun(termAt(next.end))
    if (!named && counts(next)) {
      end = next!.end
      const after = termAt(end)
      if (commonNoun(after)) end = after!.end
      label = text.slice(next!.end - next!.text.length, end)
      const of = /^ of (?:the |an? )?([\p{L}-]+)/u.exec(text.slice(end))
      if (of && counts(termAt(end + of[0].length - of[1]!.length))) label += of[0]
    }
    add({ start: m.index, end, type: 'number', normalized: plainNumber(value), ...(label ? { label } : {}) })
  }
  return [...spans, ...scores]
}
