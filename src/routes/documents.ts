/**
 * @module
 * `GET /documents` and `GET /documents/{id}`.
 */
import { createRoute, z } from '@hono/zod-openapi'
import { documentPageForBrowsers } from './playground/document-page'
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
  // HTML for browsers is served before the typed JSON handler, so the typed client stays JSON-only.
  middleware: [documentPageForBrowsers()] as const,
  responses: {
    200: {
      description: 'The document. Browsers (Accept preferring text/html) get it as an HTML page with paragraph anchors (#p{n}).',
      content: { 'application/json': { schema: DocumentDetailSchema } },
    },
    404: problemResponse('Unknown document id'),
  },
})

/** The document routes. */
export const documentRoutes = createRouter()
  .openapi(listRoute, (c) => c.json(c.get('engine').documents(), 200))
  .openapi(getRoute, (c) => {
    c.header('Vary', 'Accept')
    return c.json(c.get('engine').document(c.req.valid('param').id), 200)
  })
