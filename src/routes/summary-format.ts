/**
 * @module
 * Which format `/summary` answers in: the `format` parameter if given, else the best match for
 * the `Accept` header (Hono's `accepts` helper, q-values honoured), else JSON.
 */
import type { Context } from 'hono'
import { accepts } from 'hono/accepts'
import type { SummaryFormat } from './schemas/summary'

/** Media type of each format, as sent in `Content-Type`. */
export const FORMAT_MEDIA_TYPES: Readonly<Record<SummaryFormat, string>> = {
  json: 'application/json',
  text: 'text/plain; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
}

const BY_MEDIA_TYPE = new Map(Object.entries(FORMAT_MEDIA_TYPES).map(([format, type]) => [type.split(';')[0]!, format as SummaryFormat]))
const NONE = 'none'

/**
 * The format to answer in, or `undefined` when the `Accept` header allows none of them (406).
 * A missing header, and `*` or `*` + `/*` among the acceptable types, mean JSON.
 *
 * @example
 * ```ts
 * summaryFormat(c, c.req.valid('query').format) // "markdown" for Accept: text/markdown
 * ```
 */
export function summaryFormat(c: Context, explicit: SummaryFormat | undefined): SummaryFormat | undefined {
  if (explicit) return explicit
  const matched = accepts(c, {
    header: 'Accept',
    supports: [...BY_MEDIA_TYPE.keys()],
    default: NONE,
    // Best q first, then the most specific range; "text/*" means plain text and "*/*" JSON.
    match: (list) => {
      const specificity = (type: string) => (type === '*/*' || type === '*' ? 0 : type.endsWith('/*') ? 1 : 2)
      const ranked = list.filter((a) => a.q > 0).sort((a, b) => b.q - a.q || specificity(b.type) - specificity(a.type))
      for (const { type } of ranked) {
        const t = type.toLowerCase()
        if (BY_MEDIA_TYPE.has(t)) return t
        if (t === 'text/*') return 'text/plain'
        if (t === 'application/*' || t === '*/*' || t === '*') return 'application/json'
      }
      return NONE
    },
  })
  if (!c.req.header('Accept')?.trim()) return 'json'
  return BY_MEDIA_TYPE.get(matched)
}

/** The media types `/summary` can send, for a 406's detail. */
export const SUPPORTED_MEDIA_TYPES = [...BY_MEDIA_TYPE.keys()]
