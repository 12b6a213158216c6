/**
 * @module
 * Dates by rule: absolute ("28 September 2023", "2023-09-28", "by 2024", "the 10th century",
 * "in October"), times of day ("3:01 a.m. ET Tuesday") and relative ("Wednesday", "last week", "yesterday"), normalised to ISO 8601 where the text or
 * the document's date allows. compromise-dates resolves weekdays forward; news means the past.
 */
import type { Span } from '../types'
import { MEASURE_UNIT } from './units'
import { NUMBER_WORDS, parseNumber } from './number-words'
import { MONTHS, WEEKDAYS, addDays, addMonths, isoDate, isoWeek, nextWeekday, previousWeekday } from './calendar'

// Capitalised only: "may" and "march" are also verbs.
// A dot only after an abbreviation ("Nov."): "in November." ends a sentence, not the month.
const MONTH = String.raw`(?:${Object.keys(MONTHS).sort((a, b) => b.length - a.length).map((m) => m[0]!.toUpperCase() + m.slice(1) + (m.length <= 4 && !['may', 'june', 'july'].includes(m) ? String.raw`\.?` : '')).join('|')})`
const DAY_NUMBER = String.raw`(\d{1,2})(?:st|nd|rd|th)?`
const YEAR = String.raw`(\d{4})`
const ORDINAL = String.raw`(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)`
const B = String.raw`(?<![\p{L}\p{N}-])`
const E = String.raw`(?![\p{L}\p{N}])`

// Geological periods and epochs, named alone ("by the Miocene").
const GEOLOGIC = 'Precambrian|Cambrian|Ordovician|Silurian|Devonian|Carboniferous|Permian|Triassic|Jurassic|Cretaceous|Paleogene|Palaeogene|Neogene|Quaternary|Paleocene|Palaeocene|Eocene|Oligocene|Miocene|Pliocene|Pleistocene|Holocene'

/** An era year as an ISO 8601 year: "AD 14" → "0014", "44 BC" → "-0043". */
const eraYear = (m: RegExpMatchArray): string | undefined => {
  const n = +(m[1] ?? m[2]!)
  const before = /^B/i.test(m[3] ?? '')
  if (n === 0) return undefined
  const year = before ? 1 - n : n
  return `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`
}

interface Rule {
  pattern: RegExp
  /** The normalized form, given the match and the document's date (when known). */
  normalize: (m: RegExpMatchArray, date?: string) => string | undefined
  /** A label for the span ("time of day"). */
  label?: string
}

/** The label of a part of the day said in words ("at night", "in the morning"): a time, with no clock reading. */
export const TIME_OF_DAY_LABEL = 'time of day'

const monthOf = (word: string) => MONTHS[word.toLowerCase().replace(/\.$/, '')]!
const weekdayOf = (word: string) => WEEKDAYS.indexOf(word.toLowerCase() as (typeof WEEKDAYS)[number])

// A time of day, with its zone and weekday when given: "3:01 a.m. ET Tuesday", "9pm", "10:30".
// "2:11:02" is a race time (a duration), not a clock: no clock starts after a colon.
const CLOCK = String.raw`(\d{1,2})(?::(\d{2}))?\s*(a\.m\.|p\.m\.|am|pm)(?![\p{L}])|(?<![\p{N}:])(\d{1,2}):(\d{2})(?![\p{N}:])`
const ZONE = String.raw`(?:\s+(?:ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|MT|GMT|BST|UTC|CET|CEST|local time))?`
const DAY_AFTER = String.raw`(?:\s+(?:on\s+)?(?:${WEEKDAYS.map((d) => d[0]!.toUpperCase() + d.slice(1)).join('|')}))?`
// Words that make a lone month a date: "in October", "since May"; alone, "March" may be a name.
const MONTH_LEAD = String.raw`(?<=\b(?:in|since|until|till|by|from|through|during|before|after|of|last|next|this|early|late|mid|mid-)[\s-])`

/** "14:05" from a clock match: hours on a 24-hour clock. */
const clockOf = (m: RegExpMatchArray): string | undefined => {
  const hour = +(m[1] ?? m[4]!)
  const minute = +(m[2] ?? m[5] ?? 0)
  const pm = /^p/i.test(m[3] ?? '')
  const h24 = m[3] ? (hour % 12) + (pm ? 12 : 0) : hour
  return h24 < 24 && minute < 60 ? `T${String(h24).padStart(2, '0')}:${String(minute).padStart(2, '0')}` : undefined
}

/** A lone month's year-month: the latest such month up to the document's date (news looks back), or the next one after "next". */
const loneMonth = (m: RegExpMatchArray, date?: string): string | undefined => {
  if (!date) return undefined
  const month = monthOf(m[1]!)
  const ahead = /\bnext\s$/i.test(m.input!.slice(Math.max(0, m.index! - 5), m.index))
  const year = +date.slice(0, 4) + (ahead ? (month <= +date.slice(5, 7) ? 1 : 0) : month > +date.slice(5, 7) ? -1 : 0)
  return `${year}-${String(month).padStart(2, '0')}`
}

/** The date `amount` `unit`s before the article's `date`, as precise as the unit ("2024" for "two years ago"). */
function agoDate(amount: string, unit: string, date?: string): string | undefined {
  const n = /^an?$/i.test(amount) ? 1 : parseNumber(amount)
  if (!date || n === undefined) return undefined
  const u = unit.toLowerCase().replace(/s$/, '')
  if (u === 'day') return addDays(date, -n)
  if (u === 'week') return isoWeek(addDays(date, -7 * n))
  if (u === 'month') return addMonths(date, -n)
  return String(+date.slice(0, 4) - (u === 'decade' ? 10 * n : n))
}

/** The end year of a range written short: "60" after "1759" is 1760, "02" after "1999" is 2002. */
function fullYear(start: string, end: string): string {
  if (end.length === 4) return end
  const year = +start.slice(0, 2) * 100 + +end
  return String(year < +start ? year + 100 : year)
}

// Order matters: earlier rules claim their text first ("September 28, 2023" before "2023").
const RULES: Rule[] = [
  { pattern: new RegExp(String.raw`${B}(?:${CLOCK})${ZONE}${DAY_AFTER}${E}`, 'gu'), normalize: clockOf },
  // Times of day said in words: "at noon", "by midnight".
  { pattern: new RegExp(String.raw`(?<=\b(?:at|by|until|till|from|after|before|around|about)\s)(noon|midday|midnight)${E}`, 'giu'), normalize: (m) => (/night/i.test(m[1]!) ? 'T00:00' : 'T12:00') },
  // Parts of the day: "at night", "in the early morning", "overnight".
  { pattern: new RegExp(String.raw`${B}(?:at\s+(?:night|dawn|dusk|daybreak|sunrise|sunset)|in\s+the\s+(?:(?:early|late)\s+)?(?:morning|afternoon|evening)|overnight)${E}`, 'giu'), normalize: () => undefined, label: TIME_OF_DAY_LABEL },
  { pattern: new RegExp(String.raw`${B}(\d{4})-(\d{2})-(\d{2})${E}`, 'gu'), normalize: (m) => isoDate(+m[1]!, +m[2]!, +m[3]!) },
  { pattern: new RegExp(String.raw`${B}(${MONTH})\s+${DAY_NUMBER},?\s+${YEAR}${E}`, 'gu'), normalize: (m) => isoDate(+m[3]!, monthOf(m[1]!), +m[2]!) },
  { pattern: new RegExp(String.raw`${B}${DAY_NUMBER}\s+(?:of\s+)?(${MONTH}),?\s+${YEAR}${E}`, 'gu'), normalize: (m) => isoDate(+m[3]!, monthOf(m[2]!), +m[1]!) },
  {
    pattern: new RegExp(String.raw`${B}(${MONTH})\s+${YEAR}${E}`, 'gu'),
    normalize: (m) => `${m[2]}-${String(monthOf(m[1]!)).padStart(2, '0')}`,
  },
  {
    pattern: new RegExp(String.raw`${B}(?:(${MONTH})\s+${DAY_NUMBER}|${DAY_NUMBER}\s+(?:of\s+)?(${MONTH}))${E}`, 'gu'),
    normalize: (m, date) => (date ? isoDate(+date.slice(0, 4), monthOf(m[1] ?? m[4]!), +(m[2] ?? m[3]!)) : undefined),
  },
  { pattern: new RegExp(String.raw`${MONTH_LEAD}(${MONTH})${E}`, 'gu'), normalize: loneMonth },
  {
    // "the first half of the 18th century": the part of the century is part of the date.
    pattern: new RegExp(String.raw`${B}(?:(?:the\s+)?(?:first|second|latter|early|later)\s+(?:half|part)\s+of\s+)?(?:the\s+)?(?:(?:early|mid|late)[- ])?(${ORDINAL})(?:\s+(?:and|or|to)\s+(?:the\s+)?${ORDINAL})?\s+centur(?:y|ies)(?:\s+(?:BC|AD|BCE|CE))?${E}`, 'giu'),
    normalize: () => undefined,
  },
  { pattern: new RegExp(String.raw`${B}(?:the\s+)?((?:1[0-9]|20)\d0)s${E}`, 'gu'), normalize: (m) => `${m[1]!.slice(0, 3)}X` },
  // Years of an era: "AD 14", "44 BC"; ISO 8601's astronomical years (1 BC is year 0).
  { pattern: new RegExp(String.raw`${B}(?:AD|A\.D\.|CE)\s+(\d{1,4})${E}|${B}(\d{1,4})\s+(BC|BCE|B\.C\.|AD|CE|A\.D\.)(?![\p{L}])`, 'gu'), normalize: eraYear },
  // A span of time back from the article's date: "two years ago", "three days ago", "a decade ago".
  {
    pattern: new RegExp(String.raw`${B}(?<![\d,.])(?:(?:about|around|some|nearly|almost|roughly|more than|over|just)\s+)?(an?|\d{1,3}|${NUMBER_WORDS})\s+(days?|weeks?|months?|years?|decades?)\s+ago${E}`, 'giu'),
    normalize: (m, date) => agoDate(m[1]!, m[2]!, date),
  },
  // Time before the present: "22,000 years ago", "~11,600 BP", "about 2.5 million years ago".
  { pattern: new RegExp(String.raw`(?:~\s?|${B}(?:about|around|some|approximately|roughly|nearly|over|c\.)\s+)?${B}\d[\d,.]*(?:\s+(?:thousand|million|billion))?\s+(?:years?\s+ago|(?:years?\s+)?BP)${E}`, 'giu'), normalize: () => undefined },
  // Named periods: "the Jurassic Period", "the Bronze Age", "the Pliocene", "the Middle Ages".
  { pattern: new RegExp(String.raw`${B}(?:the\s+)?(?:(?:${GEOLOGIC})(?:\s+(?:[Pp]eriod|[Ee]poch|[Ee]ra))?|(?:\p{Lu}\p{L}+\s+){1,2}(?:Period|Era|Epoch|Age|Ages|Dynasty)|(?:\p{Lu}\p{L}+\s+)(?:period|era|epoch|dynasty))${E}`, 'gu'), normalize: () => undefined },
  // A year; "by 2024" keeps its "by", which says it is a deadline. A range may end in two digits
  // ("1759-60", "the winter of 1973–74"), and a season of a year is that year's ("winter of 1973").
  { pattern: new RegExp(String.raw`${B}(?:by\s+)?(?:(?:early|mid|late)[- ])?(?:(?:the\s+)?(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)\s+of\s+)?((?:1[0-9]|20)\d\d)(?:\s*[–-]\s*((?:1[0-9]|20)\d\d|\d\d))?${E}(?!,\d)(?!\s*${MEASURE_UNIT}${E})`, 'gu'), normalize: (m) => (m[2] ? `${m[1]}/${fullYear(m[1]!, m[2])}` : m[1]) },
  {
    pattern: new RegExp(String.raw`${B}(?:(last|next|this)\s+)?(${WEEKDAYS.map((d) => d[0]!.toUpperCase() + d.slice(1)).join('|')})${E}`, 'giu'),
    normalize: (m, date) => {
      if (!date) return undefined
      const day = weekdayOf(m[2]!)
      const which = (m[1] ?? '').toLowerCase()
      return which === 'next' ? nextWeekday(date, day) : previousWeekday(date, day, which === 'last')
    },
  },
  {
    pattern: /(?<![\p{L}])(today|yesterday|tomorrow|tonight)(?![\p{L}])/giu,
    normalize: (m, date) => {
      if (!date) return undefined
      const word = m[1]!.toLowerCase()
      return addDays(date, word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0)
    },
  },
  {
    pattern: /(?<![\p{L}])(last|next|this|earlier this|later this)\s+(week|month|year)(?![\p{L}])/giu,
    normalize: (m, date) => {
      if (!date) return undefined
      const shift = m[1]!.toLowerCase() === 'last' ? -1 : m[1]!.toLowerCase() === 'next' ? 1 : 0
      const unit = m[2]!.toLowerCase()
      if (unit === 'week') return isoWeek(addDays(date, 7 * shift))
      if (unit === 'month') return addMonths(date, shift)
      return String(+date.slice(0, 4) + shift)
    },
  },
]

/**
 * The date spans of a passage; `date` (the document's ISO date) resolves relative ones.
 *
 * @example
 * ```ts
 * dateSpans('On Wednesday she said the EU will ship them by 2024.', '2023-09-28')
 * // [{ type: 'date', text "On Wednesday", normalized: '2023-09-27' }, { … "by 2024", normalized: '2024' }]
 * ```
 */
export function dateSpans(text: string, date?: string): Span[] {
  const spans: Span[] = []
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index
      const end = start + m[0].length
      if (spans.some((s) => start < s.end && end > s.start)) continue
      const normalized = rule.normalize(m, date)
      // A year range written as one ("1759-60", normalized "1759/1760") is a range as two dates joined are.
      spans.push({ start, end, type: 'date', ...(normalized ? { normalized } : {}), ...(normalized?.includes('/') ? { range: true as const } : {}), ...(rule.label ? { label: rule.label } : {}) })
    }
  }
  return [...spans, ...rangesOf(text, spans)]
}

// What joins the two ends of a range ("1562 to 1598", "24 August – 3 October 1572"), and what may open it.
const RANGE_JOIN = /^\s*(?:[–—-]|to|until|till|and)\s*$/i
const RANGE_OPENING = /\b(from|between)\s+$/i

/**
 * Two dates that make one span of time: "from 1562 to 1598", "between 1621 and 1629". The range is
 * a span of its own beside its ends, so "When were the wars fought?" can take it whole and "When
 * did they begin?" its first date. "and" joins only after "between": "1999, 2003 and 2007" is a list.
 */
function rangesOf(text: string, dates: readonly Span[]): Span[] {
  const sorted = [...dates].sort((a, b) => a.start - b.start)
  const ranges: Span[] = []
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!
    const b = sorted[i]!
    const join = RANGE_JOIN.exec(text.slice(a.end, b.start))
    if (!join) continue
    const opening = RANGE_OPENING.exec(text.slice(Math.max(0, a.start - 12), a.start))
    if (/and/i.test(join[0]) && opening?.[1]!.toLowerCase() !== 'between') continue
    const start = opening ? a.start - opening[0].length : a.start
    ranges.push({ start, end: b.end, type: 'date', range: true, ...(a.normalized && b.normalized ? { normalized: `${a.normalized}/${b.normalized}` } : {}) })
  }
  return ranges
}
