/**
 * @module
 * Builds the Hono app: middleware, the error handler, and every route.
 */
import { OpenAPIHono } from '@hono/zod-openapi'
import type { MiddlewareHandler } from 'hono'
import { cors } from 'hono/cors'
import type { AppEnv } from './app-env'
import { defaultEngine } from './default-engine'
import type { Engine } from './engine/engine'
import { notFound, onError } from './error-handler'
import { discordRoutes } from './integrations/discord/route'
import { mcpRoutes } from './integrations/mcp/route'
import { openAIRoutes } from './integrations/openai/route'
import { slackRoutes } from './integrations/slack/route'
import { telegramRoutes } from './integrations/telegram/route'
import { CACHED_PATHS, cacheResponses } from './middleware/cache'
import { limitBody, requireJson } from './middleware/json-body'
import { askRoutes } from './routes/ask'
import { documentRoutes } from './routes/documents'
import { healthRoutes } from './routes/health'
import { mountReference } from './routes/openapi/reference'
import { playgroundRoutes } from './routes/playground/routes'
import { validationHook } from './routes/router'
import { summaryRoutes } from './routes/summary'

/** What the app is built from; tests pass their own engine. */
export interface AppOptions {
  /** The engine to answer with, or a function of the bindings; default: the generated corpus. */
  engine?: Engine | ((env: Env) => Engine)
}

const corsOrigins = (env: Env | undefined): string | string[] => {
  const raw = (env?.CORS_ORIGINS ?? '*').trim()
  return raw === '*' || raw === '' ? '*' : raw.split(',').map((o) => o.trim())
}

/**
 * Creates the app.
 *
 * @example
 * ```ts
 * const app = createApp()
 * const res = await app.request('/ask?q=Who+is+Smith%3F')
 * ```
 */
export function createApp(options: AppOptions = {}) {
  const resolveEngine = typeof options.engine === 'function' ? options.engine : options.engine ? () => options.engine as Engine : defaultEngine

  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  // One CORS handler per configured origin list, not one per request.
  const corsHandlers = new Map<string, MiddlewareHandler>()
  app.use('*', async function corsForConfig(c, next) {
    const key = c.env?.CORS_ORIGINS ?? '*'
    let handler = corsHandlers.get(key)
    if (!handler) {
      handler = cors({
        origin: corsOrigins(c.env),
        allowMethods: ['GET', 'POST', 'OPTIONS'],
        // Authorization for the OpenAI door's bearer key; the Mcp-* headers for browser MCP clients.
        allowHeaders: ['Content-Type', 'Authorization', 'Mcp-Protocol-Version', 'Mcp-Session-Id', 'Last-Event-ID'],
        exposeHeaders: ['Mcp-Session-Id', 'ETag'],
        maxAge: 86400,
      })
      corsHandlers.set(key, handler)
    }
    return handler(c, next)
  })
  app.use('*', async (c, next) => {
    c.set('engine', resolveEngine(c.env ?? ({} as Env)))
    await next()
  })
  app.post('/ask', limitBody(), requireJson())
  for (const path of CACHED_PATHS) app.use(path, cacheResponses())

  const routes = app
    .route('/', healthRoutes)
    .route('/', askRoutes)
    .route('/', summaryRoutes)
    .route('/', documentRoutes)

  // Chat doors: each router sets its own body limit and reads its raw body for signatures.
  app.route('/', openAIRoutes)
  app.route('/', mcpRoutes)
  app.route('/', slackRoutes)
  app.route('/', discordRoutes)
  app.route('/', telegramRoutes)

  app.route('/', playgroundRoutes)
  mountReference(app)
  app.notFound(notFound(app))
  app.onError(onError)
  return routes
}

/** The app's type, for `hono/client`. */
export type AppType = ReturnType<typeof createApp>
