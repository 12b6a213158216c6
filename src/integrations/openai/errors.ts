/**
 * @module
 * Errors in OpenAI's shape, `{ error: { message, type, param, code } }`, which OpenAI clients
 * parse into their own exceptions. This door's errors are not problem+json on purpose.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** OpenAI's error object. */
export interface OpenAIErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null }
}

const TYPES: Partial<Record<number, string>> = {
  400: 'invalid_request_error', 401: 'invalid_request_error', 404: 'invalid_request_error', 405: 'invalid_request_error',
  413: 'invalid_request_error', 415: 'invalid_request_error', 500: 'server_error',
}

/**
 * An OpenAI-shaped error response.
 *
 * @example
 * ```ts
 * return openAIError(401, 'Incorrect API key provided.', { code: 'invalid_api_key' })
 * ```
 */
export function openAIError(
  status: ContentfulStatusCode,
  message: string,
  options: { param?: string | null; code?: string | null; type?: string; headers?: Record<string, string> } = {},
): Response {
  const body: OpenAIErrorBody = {
    error: { message, type: options.type ?? TYPES[status] ?? 'invalid_request_error', param: options.param ?? null, code: options.code ?? null },
  }
  return new Response(JSON.stringify(body), { status, headers: { ...options.headers, 'content-type': 'application/json' } })
}
