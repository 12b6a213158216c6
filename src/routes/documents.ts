/**
 * @module
 * `GET /documents` and `GET /documents/{id}`.
 */
import { createRoute, z } from '@hono/zod-openapi'
import { documentHtml } from './playground/document-page'
import { prefersHtml } from './playground/negotiate'
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
    200: {
      description: 'The document; as an HTML page with paragraph anchors (#p{n}) when Accept prefers text/html',
      content: { 'application/json': { schema: DocumentDetailSchema }, 'text/html': { schema: z.string() } },
    },
    404: problemResponse('Unknown document id'),
  },
})

/** The document routes. */
export const documentRoutes = createRouter()
  .openapi(listRoute, (c) => c.json(c.get('engine').documents(), 200))
  .openapi(getRoute, (c) => {
    const document = c.get('engine').document(c.req.valid('param').id)
    c.header('Vary', 'Accept')
    return prefersHtml(c.req.header('accept')) ? c.html(documentHtml(document)) : c.json(document, 200)
  })
