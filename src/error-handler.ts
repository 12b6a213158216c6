/**
 * @module
 * The one place errors become responses: `app.onError` and `app.notFound` (with 405 detection).
 */
import type { Context, ErrorHandler, Hono, NotFoundHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { DocumentRequiredError, UnknownDocumentError } from './engine/errors'
import { problem } from './problem'

/**
 * Maps thrown errors to problem documents. Engine errors are client errors (404, 400); an
 * `HTTPException` keeps its status (e.g. malformed JSON → 400); anything else is a bug: 500,
 * logged without the request body, with no stack in the response.
 */
export const onError: ErrorHandler = (error, c) => {
  if (error instanceof UnknownDocumentError) return problem(c, 404, error.message, { documents: error.known })
  if (error instanceof DocumentRequiredError) return problem(c, 400, error.message, { documents: error.known })
  if (error instanceof HTTPException) {
    const status = error.status >= 400 && error.status < 500 ? error.status : 500
    const detail = /malformed json/i.test(error.message) ? 'The request body is not valid JSON.' : error.message || 'Request rejected.'
    return problem(c, status as 400, detail)
  }
  console.error(`unhandled error on ${c.req.method} ${new URL(c.req.url).pathname}: ${error.name}: ${error.message}`)
  return problem(c, 500, 'Something went wrong on our side; the error has been logged.')
}

const patternCache = new Map<string, RegExp>()
const toRegExp = (path: string): RegExp => {
  let re = patternCache.get(path)
  if (!re) {
    const source = path.split('/').map((part) => (part.startsWith(':') ? '[^/]+' : part === '*' ? '.*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/')
    re = new RegExp(`^${source}/?$`)
    patternCache.set(path, re)
  }
  return re
}

/**
 * 404 for unknown paths, 405 with `Allow` for known paths asked with another method.
 *
 * @example
 * ```ts
 * app.notFound(notFound(app))
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function notFound(app: Hono<any>): NotFoundHandler {
  return function notFound(c: Context) {
    const path = new URL(c.req.url).pathname
    const allowed = new Set(
      app.routes.filter((r) => r.method !== 'ALL' && !r.path.includes('*') && toRegExp(r.path).test(path)).map((r) => r.method),
    )
    if (allowed.size > 0) {
      if (allowed.has('GET')) allowed.add('HEAD')
      const allow = [...allowed].sort().join(', ')
      return problem(c, 405, `${c.req.method} is not allowed on ${path}; use ${allow}.`, {}, { allow })
    }
    return problem(c, 404, `There is no route at ${path}. See /openapi.json for the API.`)
  }
}
