/**
 * @module
 * The OpenAPI 3.1 document, generated from the zod schemas that validate the requests, so the
 * documentation cannot drift from the behaviour.
 */
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env'

/**
 * Where the document is served.
 *
 * @example
 * ```ts
 * await fetch(new URL(OPENAPI_PATH, 'http://localhost:8787'))
 * ```
 */
export const OPENAPI_PATH = '/openapi.json'

/**
 * The document's `info`, `tags` and top-level fields.
 *
 * @example
 * ```ts
 * app.getOpenAPI31Document({ ...OPENAPI_CONFIG, tags: [...OPENAPI_CONFIG.tags] })
 * ```
 */
export const OPENAPI_CONFIG = {
  openapi: '3.1.0',
  info: {
    title: 'article-qa',
    version: '0.1.0',
    description:
      'Model-free question answering and summarization over articles. Answers are extracted spans traceable to their ' +
      'sentence, with ranked passages and a templated summary. Every 4xx is application/problem+json (RFC 9457). ' +
      'GET responses of /ask, /summary and /documents carry an ETag and Cache-Control; send If-None-Match for a 304.',
  },
  tags: [
    { name: 'Questions', description: 'Ask questions about the articles.' },
    { name: 'Summaries', description: 'Templated summaries of a document.' },
    { name: 'Documents', description: 'The indexed articles.' },
    { name: 'Chat doors', description: 'The same engine behind chat protocols: OpenAI-compatible, MCP, Slack, Discord, Telegram.' },
    { name: 'Service', description: 'Health.' },
  ],
} as const

/**
 * The generated document, as served.
 *
 * @example
 * ```ts
 * const doc: OpenApiDocument = openApiDocument(app)
 * ```
 */
export type OpenApiDocument = ReturnType<OpenAPIHono<AppEnv>['getOpenAPI31Document']>

const documents = new WeakMap<object, OpenApiDocument>()

/**
 * The app's OpenAPI 3.1 document, generated once per app: routes are fixed once the app is built,
 * and generating it walks every schema, which a request should not pay for each time.
 *
 * @example
 * ```ts
 * openApiDocument(app).paths['/ask']?.get
 * ```
 */
export function openApiDocument(app: OpenAPIHono<AppEnv>): OpenApiDocument {
  let document = documents.get(app)
  if (!document) {
    document = app.getOpenAPI31Document({ ...OPENAPI_CONFIG, tags: [...OPENAPI_CONFIG.tags] })
    documents.set(app, document)
  }
  return document
}
