/**
 * @module
 * The things a question names: runs of capitalised words ("Julianne Smith", "NATO"), and
 * numbers or years. Follow-ups swap one of them for a new subject or point back at one with a
 * pronoun. This is a cheap surface reading (no NLP at request time); a door may pass a
 * `classify` function that knows the corpus's people to sharpen it.
 */
import { tokenize } from '../text/tokens'
import { STOP_WORDS } from '../text/stop-words'

/** What a named thing is, as far as a follow-up needs: pronouns pick by it. */
export type EntityKind = 'person' | 'thing' | 'number' | 'unknown'

/** A named thing in a question, by offsets into the question. */
export interface QuestionEntity {
  text: string
  start: number
  end: number
  kind: EntityKind
}

/** Tells whether a phrase names a person; doors build one from the corpus's person spans. */
export type EntityClassifier = (phrase: string) => EntityKind | undefined

// Words that make a capitalised run a person ("Ambassador Smith") or not one ("European Commission").
const TITLES = new Set('mr mrs ms miss dr prof sir dame president ambassador minister secretary senator governor general gen gov rep mp chancellor king queen prince princess pope judge mayor chairman ceo'.split(' '))
const NON_PERSON = /^(?:organi[sz]ation|union|council|commission|ministry|department|forum|cent(?:er|re)|university|bank|party|company|inc|corp|ltd|agency|association|alliance|treaty|republic|kingdom|states|sea|river|city|street|plan|army|force|forces|government|parliament|congress|court|news|times|post|group|fund|institute|school|college|museum|war|day|act|league|club|airport|county|province|island|islands|mountains?)$/i
// Lower-case words allowed inside a name: "Ursula von der Leyen", "Bank of England".
const CONNECTORS = new Set(['von', 'der', 'van', 'de', 'del', 'da', 'di', 'la', 'le', 'al', 'bin', 'of'])

// Imperatives that open a request ("Name the…", "Tell me…") are not names either.
const OPENERS = new Set('name list tell give describe explain summarize summarise show find compare please'.split(' '))

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word)
const isNumber = (word: string) => /^\p{N}/u.test(word)
const stripPossessive = (word: string) => word.replace(/['’]s?$/u, '')
// Roman numerals ("Charles III") are part of a name, not an acronym.
const isAcronym = (word: string) => /^[\p{Lu}.]{2,}$/u.test(word) && !/^[IVXLC]+$/.test(word)

const guessKind = (words: string[], previous: string | undefined): EntityKind => {
  if (previous && TITLES.has(previous.toLowerCase().replace(/\.$/, ''))) return 'person'
  // A role inside the run ("US Ambassador") names the person who holds it.
  if (words.some((w) => TITLES.has(w.toLowerCase()))) return 'person'
  if (words.some((w) => isAcronym(w) || NON_PERSON.test(w))) return 'thing'
  const names = words.filter((w) => isCapitalised(w))
  return names.length >= 2 ? 'person' : 'unknown'
}

/**
 * Finds the named things in a question, in order.
 *
 * @example
 * ```ts
 * questionEntities('How many shells was Russia using in 2023?').map((e) => [e.text, e.kind])
 * // [["Russia", "unknown"], ["2023", "number"]]
 * ```
 */
export function questionEntities(question: string, classify?: EntityClassifier): QuestionEntity[] {
  const tokens = tokenize(question)
  const found: QuestionEntity[] = []
  let i = 0
  while (i < tokens.length) {
    const token = tokens[i]!
    const word = stripPossessive(token.text)
    if (isNumber(word)) {
      found.push({ text: word, start: token.start, end: token.start + word.length, kind: 'number' })
      i++
      continue
    }
    // A capitalised function word ("How", "Did", "The") opens a question, not a name.
    const lower = word.toLowerCase()
    // An acronym is a name even when its letters spell a stop word ("US", "IT").
    const isStop = STOP_WORDS.has(lower) && !isAcronym(word)
    if (!isCapitalised(word) || TITLES.has(lower) || isStop || (i === 0 && OPENERS.has(lower))) {
      i++
      continue
    }
    let j = i + 1
    let last = i
    while (j < tokens.length && tokens[j - 1]!.text === stripPossessive(tokens[j - 1]!.text)) {
      const next = tokens[j]!.text
      if (isCapitalised(next) && (isAcronym(next) || !STOP_WORDS.has(next.toLowerCase()))) last = j
      else if (!CONNECTORS.has(next)) break
      j++
    }
    const words = tokens.slice(i, last + 1).map((t) => stripPossessive(t.text))
    const start = token.start
    const end = tokens[last]!.start + words[words.length - 1]!.length
    const text = question.slice(start, end)
    const kind = classify?.(text) ?? guessKind(words, tokens[i - 1]?.text)
    found.push({ text, start, end, kind })
    i = last + 1
  }
  return found
}

const PARTICLE_NAME = /(?:^|\s)(?:von|van|de|der|del|da|di|al|bin)\s+\p{Lu}/u

/**
 * What a whole phrase names, e.g. the subject of "And von der Leyen?".
 *
 * @example
 * ```ts
 * phraseKind('von der Leyen') // "person"
 * phraseKind('2025') // "number"
 * ```
 */
export function phraseKind(phrase: string, classify?: EntityClassifier): EntityKind {
  const text = phrase.trim()
  if (/^\p{N}/u.test(text)) return 'number'
  const known = classify?.(text)
  if (known) return known
  if (PARTICLE_NAME.test(text)) return 'person'
  const entities = questionEntities(text, classify)
  return entities.length === 1 ? entities[0]!.kind : 'unknown'
}
