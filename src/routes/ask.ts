/**
 * @module
 * `GET /ask?q=…` and `POST /ask`: question in, answer + passages + summary out.
 */
import { createRoute } from '@hono/zod-openapi'
import { createRouter } from './router'
import { AskBodySchema, AskQuerySchema, AskResponseSchema } from './schemas/ask'
import { problemResponse } from './schemas/problem'

const responses = () => ({
  200: { description: 'The answer (or an abstention), the ranked passages and a summary', content: { 'application/json': { schema: AskResponseSchema } } },
  400: problemResponse('Missing, blank or over-long question; k not an integer in 1..20; malformed JSON'),
  404: problemResponse('Unknown doc'),
})

const getRoute = createRoute({
  method: 'get', path: '/ask', tags: ['Questions'], summary: 'Ask a question (query string)',
  request: { query: AskQuerySchema }, responses: responses(),
})

const postRoute = createRoute({
  method: 'post', path: '/ask', tags: ['Questions'], summary: 'Ask a question (JSON body)',
  request: { body: { required: true, content: { 'application/json': { schema: AskBodySchema } } } },
  responses: {
    ...responses(),
    413: problemResponse('Body over 16 KiB'),
    415: problemResponse('Body is not JSON'),
  },
})

/** The ask routes. */
export const askRoutes = createRouter()
  .openapi(getRoute, (c) => {
    const { q, doc, k } = c.req.valid('query')
    return c.json(c.get('engine').ask({ question: q, doc, k }), 200)
  })
  .openapi(postRoute, (c) => {
    const { question, doc, k } = c.req.valid('json')
    return c.json(c.get('engine').ask({ question, doc, k }), 200)
  })
