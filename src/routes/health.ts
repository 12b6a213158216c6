/**
 * @module
 * `GET /health`: liveness plus what the build indexed.
 */
import { createRoute } from '@hono/zod-openapi'
import { createRouter } from './router'
import { HealthSchema } from './schemas/documents'

const route = createRoute({
  method: 'get',
  path: '/health',
  tags: ['Service'],
  summary: 'Service status and corpus size',
  responses: { 200: { description: 'The service is up', content: { 'application/json': { schema: HealthSchema } } } },
})

/** The health route. */
export const healthRoutes = createRouter().openapi(route, (c) => {
  const { corpus } = c.get('engine')
  return c.json({ status: 'ok' as const, documents: corpus.documents.length, passages: corpus.passages.length }, 200)
})
