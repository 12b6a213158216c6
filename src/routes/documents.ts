/**
 * @module
 * `GET /documents` and `GET /documents/{id}`.
 */
import { createRoute, z } from '@hono/zod-openapi'
import { createRouter } from './router'
import { DocumentDetailSchema, DocumentParamsSchema, DocumentSummarySchema } from './schemas/documents'
import { problemResponse } from './schemas/problem'

const listRoute = createRoute({
  method: 'get', path: '/documents', tags: ['Documents'], summary: 'List the documents',
  responses: { 200: { description: 'Every document', content: { 'application/json': { schema: z.array(DocumentSummarySchema) } } } },
})

const getRoute = createRoute({
  method: 'get', path: '/documents/{id}', tags: ['Documents'], summary: 'A document with its passages',
  request: { params: DocumentParamsSchema },
  responses: {
    200: { description: 'The document', content: { 'application/json': { schema: DocumentDetailSchema } } },
    404: problemResponse('Unknown document id'),
  },
})

/** The document routes. */
export const documentRoutes = createRouter()
  .openapi(listRoute, (c) => c.json(c.get('engine').documents(), 200))
  .openapi(getRoute, (c) => c.json(c.get('engine').document(c.req.valid('param').id), 200))
