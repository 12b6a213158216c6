/**
 * @module
 * Proper names: runs of capitalised words ("Julianne Smith", "Center for European Policy
 * Analysis", "Ursula von der Leyen"), typed as person, organisation or place from compromise's
 * tags and matches, then from the words they end in. A name nothing types stays a proper
 * noun phrase (`proper: true`), which "who" and "what" questions can still use.
 */
import type { EntityType, Span } from '../types'
import type { Tagged, TaggedMatch, TaggedTerm } from './tagged'
import { givenNameOf, isEventHead } from './of-names'

// Lower-case words that may sit inside a name, between capitalised words.
// Place names in other languages join with their own: "Frankfurt am Main", "Millingen aan de Rijn", "Newcastle upon Tyne";
// so do people's: "Taqi al-Din", "Ahmad ibn Hanbal", "Jerónimo de Ayanz y Beaumont".
const CONNECTORS = new Set(['of', 'for', 'de', 'von', 'der', 'van', 'la', 'le', 'du', 'del', 'al', 'el', 'bin', 'ibn', 'y', 'da', 'di', 'the', 'on', 'am', 'im', 'aan', 'upon', 'bei', 'sur', 'en', 'ter', 'ten', 'zum', 'zur', 'della', 'dos', 'das'])
/** Capitalised words that open sentences or titles without being names (lower case). */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'his', 'her', 'their',
  'in', 'on', 'at', 'by', 'for', 'from', 'to', 'of', 'with', 'as', 'but', 'and', 'or', 'if', 'when', 'while', 'after',
  'before', 'earlier', 'later', 'last', 'next', 'since', 'during', 'although', 'however', 'meanwhile', 'also', 'there',
  'speaking', 'according', 'despite', 'because', 'some', 'many', 'most', 'all', 'both', 'each', 'other', 'such', 'what',
  'who', 'which', 'where', 'why', 'how', 'one', 'two', 'several', 'mr', 'mrs', 'ms', 'dr', 'yes', 'no', 'not',
  // Sentence adverbs: "Thus the class of…" opens no name.
  'thus', 'hence', 'therefore', 'indeed', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'instead',
  'otherwise', 'accordingly', 'consequently', 'similarly', 'likewise', 'again', 'still', 'yet',
])
const ORGANIZATION_HEADS = /\b(?:organi[sz]ation|agency|commission|union|council|ministry|department|cent(?:er|re)|institute|university|college|school|company|corporation|corp|inc|ltd|plc|llc|party|committee|forum|alliance|bank|fund|association|army|navy|force|forces|court|parliament|congress|senate|government|group|network|news|times|post|church|club|league|federation|foundation|society|board|office|bureau|service|authority|administration|academy|museum|library|press|records|studios|airlines|team|hospital|clinic|motors|treaty organi[sz]ation)$/i
const PLACE_HEADS = /\b(?:river|mountains?|mount|city|island|islands|sea|ocean|county|province|state|kingdom|empire|republic|valley|lake|bay|coast|peninsula|desert|region|street|square|park|district|territory|gulf|strait|forest|castle|palace|bridge|airport|port)$/i

const typeFromTags = (terms: TaggedTerm[]): EntityType | undefined => {
  const has = (tag: string) => terms.some((t) => t.tags.has(tag))
  if (has('Organization') || (terms.length === 1 && has('Acronym'))) return 'organization'
  if (has('Person') || has('FirstName') || has('LastName') || has('Honorific')) return 'person'
  if (has('Place') || has('Country') || has('City') || has('Region')) return 'place'
  return undefined
}

const overlaps = (matches: TaggedMatch[], start: number, end: number) =>
  matches.reduce((best, m) => Math.max(best, Math.min(end, m.end) - Math.max(start, m.start)), 0)

/**
 * Whether a name ends in a word that makes it an organisation or a place ("… General Hospital",
 * "… Street"): such a name is no person, whatever title word it holds.
 *
 * @example
 * ```ts
 * endsInInstitution('Riverton General Hospital') // true
 * ```
 */
export function endsInInstitution(text: string): boolean {
  return ORGANIZATION_HEADS.test(text) || PLACE_HEADS.test(text)
}

/**
 * Types a capitalised run: its ending word first ("… Commission" is an organisation), then
 * compromise's matches and tags.
 *
 * @example
 * ```ts
 * nameType(tagged, 'European Commission', start, end, terms) // "organization"
 * ```
 */
export function nameType(tagged: Tagged, text: string, start: number, end: number, terms: TaggedTerm[]): EntityType | undefined {
  const type = typeOfName(tagged, text, start, end, terms)
  if (type !== 'person') return type
  // "Parliament of Victoria", "Gulf of Mexico": no person, whatever name follows "of".
  const head = text.slice(0, Math.max(0, text.indexOf(' of ')))
  return head && ORGANIZATION_HEADS.test(head) ? 'organization' : head && PLACE_HEADS.test(head) ? 'place' : type
}

function typeOfName(tagged: Tagged, text: string, start: number, end: number, terms: TaggedTerm[]): EntityType | undefined {
  if (ORGANIZATION_HEADS.test(text)) return 'organization'
  if (PLACE_HEADS.test(text)) return 'place'
  // "Richard I of Normandy" is a person of a place: the head before "of" decides, unless a
  // place match spans the whole name ("Bay of Biscay", "Isle of Man").
  const of = text.indexOf(' of ')
  // "Edict of Nantes", "Battle of Hastings": an act or event named after a place is no place (nor a person).
  if (of > 0 && isEventHead(text.slice(0, of))) return undefined
  const wholePlace = tagged.places.some((m) => m.start <= start && m.end >= end)
  if (of > 0 && overlaps(tagged.people, start, start + of) > 0 && !wholePlace) return 'person'
  // "Sybilla of Normandy": a given name of a place, though compromise knows neither the name nor the whole.
  if (of > 0 && !wholePlace && overlaps(tagged.places, start + of, end) > 0 && givenNameOf(terms, (w) => ORGANIZATION_HEADS.test(w) || PLACE_HEADS.test(w))) return 'person'
  const scores: [EntityType, number][] = [
    ['person', overlaps(tagged.people, start, end)],
    ['organization', overlaps(tagged.organizations, start, end)],
    ['place', overlaps(tagged.places, start, end)],
  ]
  const best = scores.sort((a, b) => b[1] - a[1])[0]!
  if (best[1] > 0) return best[0]
  return typeFromTags(terms)
}

// Abbreviations that open a place's or a saint's name ("St. Elizabeth's flood", "Mt. Hood", "Ft. Worth").
const NAME_ABBREVIATIONS = /^(?:St|Mt|Ft|Pt)\.?$/

// Weekdays and months are dates (see dates.ts), not names.
const bare = (word: string) => word.replace(/['’]s$/, '')

const capitalised = (t: TaggedTerm) =>
  /^[\p{Lu}\p{N}]/u.test(t.text) && /\p{L}/u.test(t.text) && !t.tags.has('Date') && !t.tags.has('Month') && !t.tags.has('WeekDay')

/**
 * Runs of capitalised words, each as a typed span. A sentence's first word joins a run only when
 * compromise calls it a proper noun.
 *
 * @example
 * ```ts
 * nameSpans('Smith met Ursula von der Leyen.', tag('Smith met Ursula von der Leyen.'))
 * // "Smith" (person), "Ursula von der Leyen" (person)
 * ```
 */
export function nameSpans(text: string, tagged: Tagged): Span[] {
  const spans: Span[] = []
  const { terms } = tagged
  const starts = terms.map((t, i) => i === 0 || /[.!?]["”’']?\s*$/.test(text.slice(terms[i - 1]!.end, t.start)) || /^\s*["“]/.test(text.slice(terms[i - 1]!.end, t.start)))
  // A word written with a capital inside a sentence is a name wherever it appears ("Bethencourt took…").
  const named = new Set(terms.filter((t, i) => !starts[i] && capitalised(t)).map((t) => bare(t.text)))
  let i = 0
  while (i < terms.length) {
    const t = terms[i]!
    // A capital inside the word ("BSkyB", "VideoGuard", "NDS") makes a name even at a sentence's start.
    const known = named.has(bare(t.text)) || /^\p{L}+\p{Lu}/u.test(t.text) || ['ProperNoun', 'Acronym', 'Place', 'Person', 'Organization'].some((x) => t.tags.has(x))
    const opens = capitalised(t) && !NOT_NAMES.has(bare(t.text).toLowerCase()) && (!starts[i] || known)
    if (!opens || /^\d/.test(t.text)) { i++; continue }
    let j = i
    // Extend over capitalised words, and over connectors followed by one; stop at punctuation.
    while (j + 1 < terms.length) {
      const gap = text.slice(terms[j]!.end, terms[j + 1]!.start)
      // "St. Gallen", "Mt. Everest": the abbreviation's full stop stays inside the name.
      const abbreviated = /^\.? $/.test(gap) && NAME_ABBREVIATIONS.test(terms[j]!.text) && text[terms[j]!.end - 1] === '.' || (gap === '. ' && NAME_ABBREVIATIONS.test(terms[j]!.text))
      if ((!/^[ -]?$/.test(gap) && !abbreviated) || /['’]s$/.test(terms[j]!.text)) break
      const next = terms[j + 1]!
      if (capitalised(next) && !/^\d/.test(next.text)) { j++; continue }
      let k = j + 1
      while (k < terms.length && CONNECTORS.has(terms[k]!.text) && /^ $/.test(text.slice(terms[k - 1]!.end, terms[k]!.start))) k++
      // "Taqi al-Din": an article joined by a hyphen to the name after it.
      if (k > j + 1 && k < terms.length && capitalised(terms[k]!) && /^[ -]$/.test(text.slice(terms[k - 1]!.end, terms[k]!.start))) { j = k; continue }
      break
    }
    const start = t.start
    const end = terms[j]!.end - (/['’]s$/.test(terms[j]!.text) ? 2 : 0)
    const words = terms.slice(i, j + 1)
    const type = nameType(tagged, text.slice(start, end), start, end, words)
    spans.push(type ? { start, end, type } : { start, end, type: 'noun-phrase', proper: true })
    i = j + 1
  }
  return spans
}
