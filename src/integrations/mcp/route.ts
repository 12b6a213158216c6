/**
 * @module
 * `POST /mcp`: MCP over Streamable HTTP, stateless. Each request gets a new server and
 * transport (the SDK refuses to reuse a stateless transport, and sessions would not survive
 * across isolates). `GET` and `DELETE` answer 405: there is no session stream to open or end.
 */
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js'
import { Hono } from 'hono'
import type { AppEnv } from '../../app-env'
import { limitBody } from '../../middleware/json-body'
import { problem } from '../../problem'
import { createMcpServer } from './server'

/**
 * Largest MCP request accepted (a JSON-RPC message or a small batch).
 *
 * @example
 * ```ts
 * mcpRoutes.post('/mcp', limitBody(MAX_MCP_BODY_BYTES), handler)
 * ```
 */
export const MAX_MCP_BODY_BYTES = 64 * 1024

/**
 * The MCP route.
 *
 * @example
 * ```ts
 * app.route('/', mcpRoutes)
 * ```
 */
export const mcpRoutes = new Hono<AppEnv>()

mcpRoutes.post('/mcp', limitBody(MAX_MCP_BODY_BYTES), async (c) => {
  const server = createMcpServer(c.get('engine'))
  const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true })
  await server.connect(transport)
  return transport.handleRequest(c.req.raw)
})

mcpRoutes.on(['GET', 'DELETE'], '/mcp', (c) =>
  problem(c, 405, `${c.req.method} is not allowed on /mcp: this server is stateless, so there is no stream to open or session to end; use POST.`, {}, { allow: 'POST' }),
)
