/**
 * @module
 * Pronoun resolution against the previous question: "What did she say about it?" after
 * "What did Julianne Smith say about NATO?" becomes "What did Julianne Smith say about NATO?".
 */
import { tokenize } from '../text/tokens'
import { STOP_WORDS } from '../text/stop-words'
import type { EntityKind, QuestionEntity } from './entities'

type Want = 'person' | 'thing' | 'group'
type Form = 'plain' | 'possessive'

const PRONOUNS: Record<string, { want: Want; form: Form }> = {
  he: { want: 'person', form: 'plain' }, him: { want: 'person', form: 'plain' }, she: { want: 'person', form: 'plain' },
  his: { want: 'person', form: 'possessive' }, hers: { want: 'person', form: 'possessive' },
  it: { want: 'thing', form: 'plain' }, its: { want: 'thing', form: 'possessive' },
  they: { want: 'group', form: 'plain' }, them: { want: 'group', form: 'plain' }, their: { want: 'group', form: 'possessive' },
}

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

const possessive = (name: string) => (/s$/i.test(name) ? `${name}'` : `${name}'s`)

/**
 * Replaces the pronouns of `question` with entities of the previous question. A pronoun whose
 * referent is already named earlier in the same question ("Smith said his…") is left alone.
 *
 * @example
 * ```ts
 * const previous = questionEntities('What did Julianne Smith say about NATO?')
 * resolvePronouns('What else did she say about it?', [], previous)
 * // "What else did Julianne Smith say about NATO?"
 * ```
 */
export function resolvePronouns(question: string, own: QuestionEntity[], previous: QuestionEntity[]): string {
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
    const found = antecedent(pronoun.want, previous)
    if (!found) return
    const text = /^\p{Lu}/u.test(token.text) && !/^\p{Lu}/u.test(found.text) ? found.text[0]!.toUpperCase() + found.text.slice(1) : found.text
    out += question.slice(at, token.start) + (pronoun.form === 'possessive' ? possessive(text) : text)
    at = token.end
  })
  return out + question.slice(at)
}
