/**
 * @module
 * Mounts the API's self-description: `GET /openapi.json` (OpenAPI 3.1) and `GET /docs` (the
 * interactive reference), both from the same generated document.
 */
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env'
import { registerChatDoors } from './chat-doors'
import { DocsPage } from './docs-page'
import { OPENAPI_PATH, openApiDocument } from './document'

/**
 * Where the interactive reference is served.
 *
 * @example
 * ```ts
 * await fetch(new URL(DOCS_PATH, 'http://localhost:8787'))
 * ```
 */
export const DOCS_PATH = '/docs'

/**
 * Adds `/openapi.json` and `/docs` to an app whose API routes are already mounted.
 *
 * @example
 * ```ts
 * mountReference(app)
 * ```
 */
export function mountReference(app: OpenAPIHono<AppEnv>): void {
  registerChatDoors(app.openAPIRegistry)
  app.get(OPENAPI_PATH, (c) => c.json(openApiDocument(app)))
  app.get(DOCS_PATH, (c) => c.html(<DocsPage doc={openApiDocument(app)} />))
}
