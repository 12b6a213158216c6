/**
 * @module
 * "Given-name of Place" names: "Sybilla of Normandy", "William of Volpiano". A place after "of"
 * does not make the whole name a place; its one-word head does. A head that names a kind of place,
 * institution, event or work ("Duchy of Normandy", "University of Paris", "Battle of Hastings",
 * "Book of Kells"), or a group ("Normans of Italy", "Dukes of Normandy"), keeps the name's type;
 * any other capitalised head that compromise does not know as a common word is a given name, so
 * the name is a person.
 */
import { knownWord, type TaggedTerm } from './tagged'

// Heads of acts, documents and events named after a place ("Edict of Nantes", "Battle of
// Hastings"): neither the place nor a person (lower case).
const EVENT_HEADS: ReadonlySet<string> = new Set([
  'battle', 'siege', 'sack', 'war', 'wars', 'invasion', 'conquest', 'fall', 'capture', 'treaty', 'peace', 'edict', 'diet',
  'synod', 'concordat', 'revolt', 'rebellion', 'uprising', 'massacre', 'declaration', 'bill', 'act', 'charter', 'convention',
  'accord', 'accords', 'congress', 'raid', 'burning', 'defenestration',
])

// Heads of "X of Place" names that are no person: kinds of places and buildings, institutions,
// events and works (lower case). ORGANIZATION_HEADS and PLACE_HEADS of names.ts are checked too.
const NOT_PERSON_HEADS = new Set([
  ...EVENT_HEADS,
  'duchy', 'principality', 'isle', 'isles', 'cape', 'emirate', 'caliphate', 'sultanate', 'march', 'marches', 'land', 'lands',
  'lordship', 'earldom', 'county', 'barony', 'diocese', 'archdiocese', 'bishopric', 'see', 'town', 'village', 'borough',
  'parish', 'shire', 'canton', 'prefecture', 'municipality', 'commonwealth', 'dominion', 'realm', 'crown', 'house',
  'dynasty', 'tower', 'cathedral', 'abbey', 'basilica', 'monastery', 'temple', 'tomb', 'gate', 'gates', 'wall', 'walls',
  'statue', 'dome', 'hall', 'book', 'books', 'gospel', 'game', 'order', 'knights', 'song', 'history', 'chronicle', 'tale',
  'origin', 'province', 'state', 'states', 'river', 'sea', 'bay', 'gulf', 'lake', 'mount', 'strait', 'straits', 'city',
  'port', 'chamber', 'coast', 'voice',
])

/**
 * Whether the words before "of" in a name are the one-word head of an act or event, which takes
 * its name from the place after it ("Edict" of "Edict of Nantes").
 *
 * @example
 * ```ts
 * isEventHead('Edict') // true
 * isEventHead('Sybilla') // false
 * ```
 */
export const isEventHead = (head: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(head) && EVENT_HEADS.has(head.toLowerCase())

/**
 * Whether a capitalised "Head of …" name whose only place is after "of" names a person: its head is
 * one word, no plural, and no kind of place, institution, event or work. `orgOrPlaceHead` tests
 * a word against the name-ending heads of names.ts.
 *
 * @example
 * ```ts
 * givenNameOf(tag('Sybilla of Normandy').terms, (w) => false) // true
 * givenNameOf(tag('Duchy of Normandy').terms, (w) => false) // false
 * ```
 */
export function givenNameOf(terms: readonly TaggedTerm[], orgOrPlaceHead: (word: string) => boolean): boolean {
  const [head, of] = terms
  if (!head || of?.text !== 'of' || terms.length < 3) return false
  const word = head.text.toLowerCase()
  if (!/^\p{Lu}\p{Ll}+$/u.test(head.text) || NOT_PERSON_HEADS.has(word) || orgOrPlaceHead(word)) return false
  if (['Place', 'Country', 'City', 'Region', 'Organization'].some((t) => head.tags.has(t))) return false
  // A word compromise knows is a common word ("Voice of America", "Court of Justice") unless a first name.
  if (knownWord(word) && !head.tags.has('FirstName')) return false
  // A plural is a group ("Normans of Italy", "Dukes of Normandy"); a known first name in -s is not ("Charles").
  return head.tags.has('FirstName') || !(head.tags.has('Plural') || /[^su]s$/u.test(word))
}
