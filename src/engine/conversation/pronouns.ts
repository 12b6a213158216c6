/**
 * @module
 * Pronoun resolution against the previous question: "What did she say about it?" after
 * "What did Julianne Smith say about NATO?" becomes "What did Julianne Smith say about NATO?".
 */
import { tokenize } from '../text/tokens'
import { STOP_WORDS } from '../text/stop-words'
import type { EntityKind, QuestionEntity } from './entities'
import { lookupTable } from '../text/lookup-table'

type Want = 'person' | 'thing' | 'group'
type Form = 'plain' | 'possessive'

const PRONOUNS: Readonly<Record<string, { want: Want; form: Form }>> = lookupTable({
  he: { want: 'person', form: 'plain' }, him: { want: 'person', form: 'plain' }, she: { want: 'person', form: 'plain' },
  his: { want: 'person', form: 'possessive' }, hers: { want: 'person', form: 'possessive' },
  it: { want: 'thing', form: 'plain' }, its: { want: 'thing', form: 'possessive' },
  they: { want: 'group', form: 'plain' }, them: { want: 'group', form: 'plain' }, their: { want: 'group', form: 'possessive' },
})

const fits = (want: Want, kind: EntityKind, strict: boolean): boolean => {
  if (kind === 'number') return false
  if (want === 'person') return strict ? kind === 'person' : kind !== 'thing'
  // "They" stands for an organisation or a country as often as for people.
  if (want === 'group') return strict ? kind === 'thing' : true
  return strict ? kind === 'thing' : kind === 'unknown'
}

/** The antecedent for a pronoun: the last fitting entity, a sure fit before a possible one. */
const antecedent = (want: Want, entities: QuestionEntity[]): QuestionEntity | undefined => {
  const last = (strict: boolean) => entities.filter((e) => fits(want, e.kind, strict)).at(-1)
  return last(true) ?? last(false)
}

// At most five words, spelled out in the pattern so a long question cannot make it backtrack.
const TOPIC = /\b(?:about|on|of|regarding|for)\s+((?:[\p{L}\p{N}][\p{L}\p{N}'’-]*\s+){0,4}[\p{L}\p{N}][\p{L}\p{N}'’-]*)\s*[?!.]*$/iu

/**
 * What a question is about: the phrase after its last "about", "on", "of"… ("What did Smith say
 * about ammunition production?" → "ammunition production"), when it is short and not a pronoun.
 *
 * @example
 * ```ts
 * questionTopic('What did Smith say about ammunition production?')?.text // "ammunition production"
 * ```
 */
export function questionTopic(question: string): QuestionEntity | undefined {
  const match = TOPIC.exec(question)
  const phrase = match?.[1]?.trim()
  if (!phrase) return undefined
  const words = phrase.toLowerCase().split(/\s+/)
  if (words.some((w) => w in PRONOUNS || w === 'her') || words.every((w) => STOP_WORDS.has(w))) return undefined
  const start = match!.index + match![0].indexOf(phrase)
  return { text: phrase, start, end: start + phrase.length, kind: 'thing' }
}

/**
 * "it" prefers a sure thing, then what the previous question was about, then its answer, then a
 * name of unknown kind ("Smith" is rarely "it"); "they" also stands for actors, so names come
 * first; "she" takes a name of the previous question before its answer.
 */
const findAntecedent = (want: Want, previous: QuestionEntity[], context: PronounContext): QuestionEntity | undefined => {
  // The previous answer is the newest thing in the conversation ("Who told CNN?" … "What is her
  // job?"); it is asked for lazily, as it costs an engine call.
  const answer = () => {
    const found = context.answer?.()
    return found && fits(want, found.kind, true) ? found : undefined
  }
  if (want === 'person') return antecedent(want, previous) ?? answer()
  const sure = previous.filter((e) => fits(want, e.kind, true)).at(-1)
  if (want === 'thing') return sure ?? context.topic ?? answer() ?? antecedent(want, previous)
  return antecedent(want, previous) ?? context.topic ?? answer()
}

/** What else a pronoun may point at besides the previous question's names. */
export interface PronounContext {
  /** What the previous question was about (see `questionTopic`). */
  topic?: QuestionEntity
  /** The previous question's answer, typed by its question word; called only when needed. */
  answer?: () => QuestionEntity | undefined
}

const possessive = (name: string) => (/s$/i.test(name) ? `${name}'` : `${name}'s`)

/**
 * Replaces the pronouns of `question` with entities of the previous question; failing those, with
 * what it was about (`context.topic`) or its answer (`context.answer`). A pronoun whose referent
 * is already named earlier in the same question ("Smith said his…") is left alone.
 *
 * @example
 * ```ts
 * const previous = questionEntities('What did Julianne Smith say about NATO?')
 * resolvePronouns('What else did she say about it?', [], previous)
 * // "What else did Julianne Smith say about NATO?"
 * ```
 */
export function resolvePronouns(question: string, own: QuestionEntity[], previous: QuestionEntity[], context: PronounContext = {}): string {
  const tokens = tokenize(question)
  let out = ''
  let at = 0
  tokens.forEach((token, i) => {
    const lower = token.text.toLowerCase()
    let pronoun = PRONOUNS[lower]
    if (lower === 'her') {
      // "her plan" is possessive, "told her about" is not.
      const next = tokens[i + 1]?.text.toLowerCase()
      pronoun = { want: 'person', form: next && !STOP_WORDS.has(next) ? 'possessive' : 'plain' }
    }
    if (!pronoun) return
    const ownEarlier = own.filter((e) => e.end <= token.start)
    if (antecedent(pronoun.want, ownEarlier)) return
    const found = findAntecedent(pronoun.want, previous, context)
    if (!found) return
    const text = /^\p{Lu}/u.test(token.text) && !/^\p{Lu}/u.test(found.text) ? found.text[0]!.toUpperCase() + found.text.slice(1) : found.text
    out += question.slice(at, token.start) + (pronoun.form === 'possessive' ? possessive(text) : text)
    at = token.end
  })
  return out + question.slice(at)
}
