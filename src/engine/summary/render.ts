/**
 * @module
 * Mustache rendering. Mustache interprets templates without `eval`, so it runs in Workers.
 */
import Mustache from 'mustache'

/**
 * Renders a template as plain text (no HTML escaping), trimming the result.
 *
 * @example
 * ```ts
 * renderText('{{title}} ({{date}})', { title: 'T', date: '2024-01-01' }) // "T (2024-01-01)"
 * ```
 */
export function renderText(template: string, view: object): string {
  return Mustache.render(template, view, undefined, { escape: (value: unknown) => String(value) })
    .replace(/[ \t]+\n/g, '\n')
    .trim()
}
