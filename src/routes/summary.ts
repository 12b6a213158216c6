/**
 * @module
 * `GET /summary`: a document's (or a topic's) key sentences, facts and templated summary, as
 * JSON, plain text, Markdown or an HTML fragment. The rendered formats are answered by route
 * middleware before the typed JSON handler, so the typed client (`hono/client`) stays JSON-only.
 */
import { createRoute } from '@hono/zod-openapi'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env'
import { problem } from '../problem'
import { createRouter } from './router'
import { problemResponse } from './schemas/problem'
import { SummaryQuerySchema, SummaryResponseSchema } from './schemas/summary'
import { FORMAT_MEDIA_TYPES, summaryFormat, SUPPORTED_MEDIA_TYPES } from './summary-format'

/**
 * Answers `format=text|markdown|html` (or an `Accept` header preferring them) with the rendered
 * template, and an unsatisfiable `Accept` with 406. Invalid queries and JSON fall through to the
 * typed handler, which validates and answers.
 *
 * @example
 * ```ts
 * createRoute({ method: 'get', path: '/summary', middleware: [renderedSummary()] as const, … })
 * ```
 */
export function renderedSummary(): MiddlewareHandler<AppEnv> {
  return async function renderedSummary(c, next) {
    const parsed = SummaryQuerySchema.safeParse(c.req.query())
    if (!parsed.success) return next()
    const { doc, sentences, words, q, format: asked } = parsed.data
    const format = summaryFormat(c, asked)
    if (format === undefined) {
      const detail = `The Accept header allows none of ${SUPPORTED_MEDIA_TYPES.join(', ')}; send one of them, or use the format parameter.`
      return problem(c, 406, detail, { acceptable: SUPPORTED_MEDIA_TYPES })
    }
    if (format === 'json') return next()
    const { summary } = c.get('engine').summarize({ doc, sentences, words, q, format })
    return c.body(summary, 200, { 'content-type': FORMAT_MEDIA_TYPES[format], vary: 'Accept' })
  }
}

const route = createRoute({
  method: 'get', path: '/summary', tags: ['Summaries'], summary: 'Summarise a document or a topic',
  request: { query: SummaryQuerySchema },
  middleware: [renderedSummary()] as const,
  responses: {
    200: {
      description: 'The summary. With format=text, markdown or html (or an Accept header preferring text/plain, text/markdown '
        + 'or text/html) the body is the template rendered in that type instead: text/plain; charset=utf-8, '
        + 'text/markdown; charset=utf-8, or a self-contained HTML fragment (text/html; charset=utf-8) with every value escaped.',
      content: { 'application/json': { schema: SummaryResponseSchema } },
    },
    400: problemResponse('sentences, words, q or format invalid; doc missing while there are several documents and no q'),
    404: problemResponse('Unknown doc'),
    406: problemResponse('The Accept header allows none of JSON, plain text, Markdown or HTML'),
  },
})

/** The summary route. */
export const summaryRoutes = createRouter().openapi(route, (c) => {
  const { doc, sentences, words, q } = c.req.valid('query')
  c.header('Vary', 'Accept')
  return c.json(c.get('engine').summarize({ doc, sentences, words, q }), 200)
})
