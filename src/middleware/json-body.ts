/**
 * @module
 * Guards for JSON bodies: a size limit (413) and a JSON content type (415), as problem documents.
 */
import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { problem } from '../problem'

/** Largest request body accepted, in bytes (16 KiB). */
export const MAX_BODY_BYTES = 16 * 1024

const JSON_TYPE = /^application\/([a-z0-9.+-]+\+)?json(\s*;|$)/i

/**
 * Rejects bodies over `maxBytes` with 413.
 *
 * @example
 * ```ts
 * app.post('/ask', limitBody(), handler)
 * ```
 */
export function limitBody(maxBytes: number = MAX_BODY_BYTES): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => problem(c, 413, `The request body is larger than ${maxBytes} bytes.`),
  })
}

/**
 * Rejects a request whose body is not declared as JSON with 415.
 *
 * @example
 * ```ts
 * app.post('/ask', requireJson(), handler)
 * ```
 */
export function requireJson(): MiddlewareHandler {
  return async function requireJson(c, next) {
    const type = c.req.header('content-type') ?? ''
    if (!JSON_TYPE.test(type)) {
      return problem(c, 415, `Send the body as JSON with Content-Type: application/json (got ${type ? `"${type.slice(0, 100)}"` : 'no Content-Type'}).`)
    }
    await next()
  }
}
