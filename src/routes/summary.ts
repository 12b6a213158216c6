/**
 * @module
 * `GET /summary`: a document's key sentences, facts and templated summary.
 */
import { createRoute } from '@hono/zod-openapi'
import { createRouter } from './router'
import { SummaryQuerySchema, SummaryResponseSchema } from './schemas/documents'
import { problemResponse } from './schemas/problem'

const route = createRoute({
  method: 'get', path: '/summary', tags: ['Summaries'], summary: 'Summarise a document',
  request: { query: SummaryQuerySchema },
  responses: {
    200: { description: 'The summary', content: { 'application/json': { schema: SummaryResponseSchema } } },
    400: problemResponse('sentences out of range, or doc missing while there are several documents'),
    404: problemResponse('Unknown doc'),
  },
})

/** The summary route. */
export const summaryRoutes = createRouter().openapi(route, (c) => {
  const { doc, sentences } = c.req.valid('query')
  return c.json(c.get('engine').summarize({ doc, sentences }), 200)
})
