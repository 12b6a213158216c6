/**
 * @module
 * Past forms of common irregular English verbs, so a question's "did Henry *take*" finds the
 * sentence's "Bethencourt *took*": the stemmer joins "conquer" and "conquered" but not "take" and
 * "took", "lead" and "led". Forms equal to the base ("set", "put") need no entry.
 */
import { lookupTable } from '../text/lookup-table'

// "base past participle", one verb a line: the common irregular verbs of narrative text.
const VERBS = `arise arose arisen|awake awoke awoken|bear bore borne|beat beat beaten|become became become|begin began begun
|bend bent bent|bind bound bound|bite bit bitten|bleed bled bled|blow blew blown|break broke broken|breed bred bred
|bring brought brought|build built built|burn burnt burnt|buy bought bought|catch caught caught|choose chose chosen
|cling clung clung|come came come|creep crept crept|deal dealt dealt|dig dug dug|draw drew drawn|dream dreamt dreamt
|drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feed fed fed|feel felt felt|fight fought fought
|find found found|flee fled fled|fling flung flung|fly flew flown|forbid forbade forbidden|forget forgot forgotten
|forgive forgave forgiven|forsake forsook forsaken|freeze froze frozen|get got gotten|give gave given|go went gone
|grow grew grown|hang hung hung|hear heard heard|hide hid hidden|hold held held|keep kept kept
|kneel knelt knelt|know knew known|lay laid laid|lead led led|leave left left|lend lent lent|lie lay lain|lose lost lost
|make made made|mean meant meant|meet met met|overcome overcame overcome|overtake overtook overtaken|pay paid paid
|ride rode ridden|ring rang rung|rise rose risen|run ran run|say said said|see saw seen|seek sought sought|sell sold sold
|send sent sent|shake shook shaken|shine shone shone|shoot shot shot|show showed shown|shrink shrank shrunk|sing sang sung
|sink sank sunk|sit sat sat|slay slew slain|sleep slept slept|slide slid slid|speak spoke spoken|spend spent spent
|spin spun spun|spring sprang sprung|stand stood stood|steal stole stolen|stick stuck stuck|sting stung stung
|strike struck struck|strive strove striven|swear swore sworn|sweep swept swept|swim swam swum|swing swung swung
|take took taken|teach taught taught|tear tore torn|tell told told|think thought thought|throw threw thrown
|undergo underwent undergone|understand understood understood|undertake undertook undertaken|uphold upheld upheld
|wake woke woken|wear wore worn|weave wove woven|weep wept wept|win won won|withdraw withdrew withdrawn
|withstand withstood withstood|write wrote written`

const LINES = VERBS.split('|').map((line) => line.trim().split(' ') as [string, string, string])

const BASE: Readonly<Record<string, string>> = lookupTable(Object.fromEntries(
  LINES.flatMap(([base, past, participle]) => [[past, base], [participle, base]].filter(([form]) => form !== base)),
))

const BASES: ReadonlySet<string> = new Set(LINES.map(([base]) => base))

/**
 * The base form of an irregular past form ("took" → "take"), lower-case; undefined for any other word.
 *
 * @example
 * ```ts
 * baseOf('led') // "lead"
 * baseOf('conquered') // undefined
 * ```
 */
export function baseOf(lower: string): string | undefined {
  return BASE[lower]
}

/**
 * Whether a base form is one of the irregular verbs listed ("take", not "conquer").
 *
 * @example
 * ```ts
 * isIrregular('lead') // true
 * ```
 */
export function isIrregular(base: string): boolean {
  return BASES.has(base)
}

const PAST: Readonly<Record<string, readonly string[]>> = lookupTable(Object.fromEntries(
  LINES.map(([base, past, participle]) => [base, [...new Set([past, participle])].filter((form) => form !== base)]),
))

/**
 * The past and participle forms of an irregular verb ("lose" → ["lost"]); [] for any other word.
 *
 * @example
 * ```ts
 * pastForms('take') // ["took", "taken"]
 * pastForms('conquer') // []
 * ```
 */
export function pastForms(base: string): readonly string[] {
  return PAST[base] ?? []
}
