/**
 * @module
 * Mustache rendering in three flavours: plain text (values as they are), Markdown (values with
 * Markdown's special characters escaped) and HTML (Mustache's own HTML escaping). Mustache
 * interprets templates without `eval`, so it runs in Workers.
 */
import Mustache from 'mustache'

/** Output formats a template can be rendered for. */
export type RenderFormat = 'text' | 'markdown' | 'html'

const tidy = (out: string) => out.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim()

// Characters that would start emphasis, links, code, HTML or tables inside a Markdown value.
const escapeMarkdown = (value: unknown) => String(value).replace(/([\\`*_[\]<>|#])/g, '\\$1')

/**
 * Renders a template as plain text (no escaping), trimming the result.
 *
 * @example
 * ```ts
 * renderText('{{title}} ({{date}})', { title: 'T', date: '2024-01-01' }) // "T (2024-01-01)"
 * ```
 */
export function renderText(template: string, view: object): string {
  return tidy(Mustache.render(template, view, undefined, { escape: (value: unknown) => String(value) }))
}

/**
 * Renders a template in a format: `text` as `renderText`, `markdown` with values escaped for
 * Markdown, `html` with values HTML-escaped.
 *
 * @example
 * ```ts
 * renderAs('html', '<p>{{t}}</p>', { t: '<b>' }) // "<p>&lt;b&gt;</p>"
 * ```
 */
export function renderAs(format: RenderFormat, template: string, view: object): string {
  if (format === 'text') return renderText(template, view)
  if (format === 'markdown') return tidy(Mustache.render(template, view, undefined, { escape: escapeMarkdown }))
  return tidy(Mustache.render(template, view))
}
