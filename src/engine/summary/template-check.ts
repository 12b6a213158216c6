/**
 * @module
 * Build-time checks of deployer templates: Mustache must parse them, and every name they use
 * must exist in the view they are rendered from (a typo such as `{{titel}}` would otherwise
 * render as nothing, silently). Partials are refused: there is nothing to load them from.
 */
import Mustache from 'mustache'
import type { TemplateSet } from './templates'

/** A view's shape: a field is a value, an object of fields, or a list of objects. */
export type Shape = 'value' | { [field: string]: Shape } | { list: { [field: string]: Shape } }

const LISTED = { number: 'value', first: 'value', last: 'value' } as const
const QUOTE = { text: 'value', paragraph: 'value', start: 'value', end: 'value' } as const
const fact = (fields: Record<string, Shape>): Shape => ({ list: { ...fields, sentence: QUOTE, ...LISTED } })

/** The `/summary` view (see `view.ts` and the README). */
export const SUMMARY_VIEW: Shape = {
  documentId: 'value', title: 'value', date: 'value', source: 'value', url: 'value', q: 'value', lead: 'value',
  hasSentences: 'value',
  sentences: { list: { text: 'value', documentId: 'value', paragraph: 'value', start: 'value', end: 'value', ...LISTED } },
  facts: {
    people: fact({ name: 'value', role: 'value', mentions: 'value' }),
    organizations: fact({ name: 'value', acronym: 'value', spelledOut: 'value', mentions: 'value' }),
    places: fact({ name: 'value', mentions: 'value' }),
    figures: fact({ text: 'value', value: 'value', counts: 'value', kind: 'value' }),
    dates: fact({ text: 'value', value: 'value', relative: 'value' }),
    hasPeople: 'value', hasOrganizations: 'value', hasPlaces: 'value', hasFigures: 'value', hasDates: 'value',
  },
}

const SOURCE = { id: 'value', title: 'value', date: 'value', source: 'value', url: 'value' } as const
const CLOSEST_SENTENCE = { sentence: 'value', documentId: 'value', paragraph: 'value', sentenceStart: 'value', sentenceEnd: 'value', link: 'value' } as const

/** The `/ask` summary view: the answer with its source, or the closest passage when there is none. */
export const ANSWER_VIEW: Shape = {
  answer: {
    text: 'value', sentence: 'value', documentId: 'value', paragraph: 'value', start: 'value', end: 'value',
    sentenceStart: 'value', sentenceEnd: 'value', confidence: 'value', type: 'value', normalized: 'value',
    spanType: 'value', link: 'value', source: SOURCE, verdict: 'value',
  },
  abstention: { abstained: 'value', code: 'value', reason: 'value', closest: CLOSEST_SENTENCE },
  // The top passage, or the passage of the sentence the engine weighed (then with `sentence`).
  closest: {
    rank: 'value', documentId: 'value', paragraph: 'value', score: 'value', heading: 'value', text: 'value',
    highlights: 'value', link: 'value', source: SOURCE, sentence: 'value', sentenceStart: 'value', sentenceEnd: 'value',
  },
}

/** Which view each template is rendered from. */
export const TEMPLATE_VIEWS: Readonly<Record<keyof TemplateSet, Shape>> = {
  summary: SUMMARY_VIEW, summaryMarkdown: SUMMARY_VIEW, summaryHtml: SUMMARY_VIEW, answer: ANSWER_VIEW,
}

/** A template the build must refuse; the message names the problem and where it is. */
export class TemplateError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'TemplateError'
  }
}

type Token = [string, string, number, number, Token[]?, number?]
type Fields = { [field: string]: Shape }

const fieldsOf = (shape: Shape): Fields | undefined =>
  shape === 'value' ? undefined : 'list' in shape && typeof shape.list === 'object' ? (shape.list as Fields) : (shape as Fields)

/** Resolves a dotted name against the context stack, as Mustache does; the shape found, if any. */
function resolve(stack: readonly Fields[], name: string): Shape | undefined {
  if (name === '.') return 'value'
  const [head, ...rest] = name.split('.')
  for (let i = stack.length - 1; i >= 0; i--) {
    let shape: Shape | undefined = stack[i]![head!]
    if (shape === undefined) continue
    for (const part of rest) {
      const fields = fieldsOf(shape)
      if (part === 'length' && shape !== 'value' && 'list' in shape) return 'value'
      shape = fields?.[part]
      if (shape === undefined) return undefined
    }
    return shape
  }
  return undefined
}

const lineOf = (source: string, offset: number) => source.slice(0, offset).split('\n').length

/**
 * Checks a template against a view shape; throws a `TemplateError` naming the file, line and name.
 *
 * @example
 * ```ts
 * checkTemplate('{{title}}: {{#sentences}}{{text}}{{/sentences}}', SUMMARY_VIEW, 'summary.mustache') // ok
 * checkTemplate('{{titel}}', SUMMARY_VIEW, 'summary.mustache') // throws: unknown name "titel"
 * ```
 */
export function checkTemplate(source: string, view: Shape, file: string): void {
  let tokens: Token[]
  try {
    tokens = Mustache.parse(source) as unknown as Token[]
  } catch (error) {
    throw new TemplateError(`${file}: not a valid Mustache template: ${error instanceof Error ? error.message : String(error)}`)
  }
  const walk = (list: readonly Token[], stack: readonly Fields[]) => {
    for (const [type, name, start, , children] of list) {
      if (type === 'text' || type === '!' || type === '=') continue
      if (type === '>') throw new TemplateError(`${file}, line ${lineOf(source, start)}: partials ({{> ${name}}}) are not supported`)
      const shape = resolve(stack, name)
      if (shape === undefined) {
        const known = Object.keys(stack.at(-1) ?? {}).join(', ')
        throw new TemplateError(`${file}, line ${lineOf(source, start)}: unknown name "${name}" (known here: ${known})`)
      }
      if (type === '#' || type === '^') {
        const fields = type === '#' ? fieldsOf(shape) : undefined
        walk(children ?? [], fields ? [...stack, fields] : stack)
      } else if (shape !== 'value') {
        throw new TemplateError(`${file}, line ${lineOf(source, start)}: "${name}" is a list or an object; open it as a section ({{#${name}}}…{{/${name}}})`)
      }
    }
  }
  walk(tokens, [fieldsOf(view)!])
}
