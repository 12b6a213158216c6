/**
 * @module
 * `GET /`: the playground page.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../../app-env'
import { PlaygroundPage } from './playground-page'

/**
 * The playground route (not in the OpenAPI document: it is a page, not API).
 *
 * @example
 * ```ts
 * app.route('/', playgroundRoutes)
 * ```
 */
export const playgroundRoutes = new Hono<AppEnv>().get('/', (c) => c.html(<PlaygroundPage documents={c.get('engine').documents()} />))
