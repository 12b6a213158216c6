/**
 * @module
 * Classes of common nouns that name a kind of answer: "which *network*" wants an organisation,
 * "which *student*" a person, "which *hospital*" a place. General lists by class (people by role,
 * kinship, occupation or group; institutions; places), not words of any article; question
 * analysis reads them per request, so they are plain word lists.
 */
import { ROLE_WORDS } from '../entities/roles'

const words = (...lists: string[]) => lists.join(' ').split(/\s+/).filter(Boolean)

/** Kinship and relationship nouns: "who found her? Her *boyfriend*". */
export const KINSHIP = words(`father mother dad mum mom parent son daughter child brother sister sibling wife husband
spouse partner boyfriend girlfriend fiance fiancee widow widower grandfather grandmother grandson granddaughter uncle aunt
nephew niece cousin stepfather stepmother friend neighbour neighbor relative`)

/** Occupations, besides the stated roles of `ROLE_WORDS`: "what does his father do? A real estate *agent*". */
export const OCCUPATIONS = words(`agent lawyer nurse teacher farmer driver pilot soldier sailor worker labourer laborer
builder carpenter plumber electrician mechanic chef cook baker butcher waiter waitress clerk banker accountant broker
trader dealer seller salesman saleswoman shopkeeper merchant consultant designer developer programmer researcher
student pupil lecturer tutor surgeon dentist physician therapist psychologist pharmacist vet veterinarian paramedic
firefighter policeman policewoman detective investigator prosecutor solicitor barrister priest pastor rabbi imam
minister nun journalist photographer columnist critic blogger producer director filmmaker comedian dancer musician
guitarist drummer rapper model athlete cyclist runner swimmer boxer golfer cornerback quarterback footballer cricketer
jockey referee umpire trainer entrepreneur businessman businesswoman investor landlord tenant caretaker cleaner guard
volunteer activist campaigner protester spy scholar scientist researcher specialist expert technician analyst`)

/** Positions in a team sport: "what position does he play? *Cornerback*". Only an occupation question reads them. */
export const POSITIONS = words(`back fullback halfback cornerback quarterback linebacker receiver tackle centre center
forward striker winger midfielder defender goalkeeper goalie keeper pitcher catcher shortstop batsman bowler
wicketkeeper fly-half scrum-half hooker prop lock flanker point-guard`)

/** Nouns for people by what they are to an event or group: "which *victim*", "which cast *member*". */
export const PEOPLE = words(`person people man men woman women boy girl baby teenager teen adult individual citizen
resident native victim survivor suspect witness patient customer client fan user viewer reader voter candidate
nominee winner loser champion rival opponent teammate colleague member employee staff star celebrity character hero
heroine villain protagonist stranger owner
ancestor descendant heir successor predecessor`)

/**
 * Institutions and groups that act as one: "which *service*", "which *fraternity*". Words that as
 * often name something else are left out: "foundation" (a basis), "trust", "label", "platform",
 * "society", "chain", "band", "carrier", "operator".
 */
export const INSTITUTIONS = words(`organization organisation company group agency broadcaster network newspaper outlet
magazine publication station website paper channel party team university college school academy institute institution
alliance body bloc union council committee firm corporation government ministry department army navy club league
church bank service app studio publisher brand business charity fraternity sorority
association federation confederation parliament congress senate court regiment squad orchestra choir
airline retailer franchise startup manufacturer board authority regulator tribe dynasty`)

/** Places, and buildings where things happen: "where was she treated? At the *hospital*". */
export const PLACES = words(`country city place region state town continent island river location area province county
nation territory capital village mountain sea ocean lake street building site border suburb neighbourhood neighborhood
district hometown hospital clinic prison jail airport stadium arena venue hotel restaurant bar park beach square road
avenue port harbour harbor bridge valley desert forest peninsula coast planet`)

/** Every noun that names a person: roles, kinship, occupations and groups of people. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([...ROLE_WORDS, ...KINSHIP, ...OCCUPATIONS, ...PEOPLE])

// Person nouns that are more often adjectives, titles or other things after "which"/"what": "which
// *major* city", "what *general* area", "which *model*", "what *agent* causes…", "which *star*".
const NOT_FOCUS = new Set(words(`major general chief head chair count justice st mr mrs ms dr prof sir dame saint lord lady
host anchor executive model star agent character guard`))

/**
 * Whether a focus noun asks for a person: "which *students*" does, "which *major* city" does not
 * (the word is taken as a modifier).
 *
 * @example
 * ```ts
 * isPersonFocus('boyfriend') // true
 * isPersonFocus('major') // false
 * ```
 */
export function isPersonFocus(noun: string): boolean {
  return PERSON_NOUNS.has(noun) && !NOT_FOCUS.has(noun)
}
