/**
 * @module
 * RFC 9457 problem details: every 4xx (and the rare 5xx) the service sends, built in one place.
 */
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** The media type of a problem document. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
}

/** A problem document's body; `extra` members (e.g. `errors`, `documents`) ride along. */
export interface Problem {
  type: string
  title: string
  status: number
  detail: string
  instance?: string
  [extension: string]: unknown
}

/**
 * Builds a problem document for a status and a human-readable detail.
 *
 * @example
 * ```ts
 * problemBody(404, 'No document has the id "x".') // { type: 'about:blank', title: 'Not Found', status: 404, detail: … }
 * ```
 */
export function problemBody(status: number, detail: string, extra: Record<string, unknown> = {}): Problem {
  return { type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail, ...extra }
}

/**
 * Responds with a problem document; `instance` is the request path.
 *
 * @example
 * ```ts
 * return problem(c, 400, 'q must not be blank')
 * ```
 */
export function problem(
  c: Context,
  status: ContentfulStatusCode,
  detail: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Response {
  const body = problemBody(status, detail, { instance: new URL(c.req.url).pathname, ...extra })
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...headers, 'content-type': PROBLEM_CONTENT_TYPE },
  })
}
