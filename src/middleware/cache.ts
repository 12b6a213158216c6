/**
 * @module
 * HTTP caching for the read-only GET routes: an `ETag` derived from the content build
 * (`corpus.version`) and the request, `Cache-Control: public, max-age=…`, and `304 Not Modified`
 * for a matching `If-None-Match`. Answers change only when the content (or the engine's
 * configuration) changes, so the ETag needs no hash of the body.
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env'
import { contentHash } from '../engine/build/hash'

/**
 * Default `max-age` in seconds when `CACHE_MAX_AGE` is unset or invalid.
 *
 * @example
 * ```ts
 * parseMaxAge(undefined) === DEFAULT_MAX_AGE // true
 * ```
 */
export const DEFAULT_MAX_AGE = 300

/**
 * Options of {@link cacheResponses}.
 *
 * @example
 * ```ts
 * app.use('/ask', cacheResponses({ maxAge: 60 } satisfies CacheOptions))
 * ```
 */
export interface CacheOptions {
  /** `max-age` in seconds; default: the `CACHE_MAX_AGE` var, else {@link DEFAULT_MAX_AGE}. */
  maxAge?: number
}

/**
 * Reads a max-age (a non-negative integer of seconds) from configuration.
 *
 * @example
 * ```ts
 * parseMaxAge('60') // 60
 * parseMaxAge('soon') // 300
 * ```
 */
export function parseMaxAge(raw: string | undefined): number {
  return raw !== undefined && /^\s*\d{1,9}\s*$/.test(raw) ? Number(raw) : DEFAULT_MAX_AGE
}

/**
 * The strong ETag of a response: the content build, the configuration that shapes answers, the
 * path and query, and the representation (JSON or HTML).
 *
 * @example
 * ```ts
 * entityTag({ version: 'abc', config: '0.35', url: new URL('http://x/ask?q=a'), contentType: 'application/json' })
 * ```
 */
export function entityTag(parts: { version: string; config: string; url: URL; contentType: string }): string {
  const type = parts.contentType.split(';')[0]!.trim().toLowerCase()
  return `"${parts.version}-${contentHash(`${parts.config}\n${parts.url.pathname}\n${parts.url.search}\n${type}`)}"`
}

/**
 * Whether an `If-None-Match` header matches an ETag (weak comparison, as RFC 9110 asks for GET).
 *
 * @example
 * ```ts
 * ifNoneMatch('W/"a", "b"', '"b"') // true
 * ```
 */
export function ifNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false
  const bare = etag.replace(/^W\//, '')
  return header.split(',').some((tag) => {
    const t = tag.trim()
    return t === '*' || t.replace(/^W\//, '') === bare
  })
}

/**
 * Adds `ETag` and `Cache-Control` to successful GET responses and answers a matching
 * `If-None-Match` with 304. Errors and other methods pass through untouched.
 *
 * @example
 * ```ts
 * app.use('/ask', cacheResponses())
 * app.use('/documents/*', cacheResponses({ maxAge: 60 }))
 * ```
 */
export function cacheResponses(options: CacheOptions = {}): MiddlewareHandler<AppEnv> {
  return async function cacheResponses(c, next) {
    await next()
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || c.res.status !== 200) return
    const etag = entityTag({
      version: c.get('engine').corpus.version,
      config: c.env?.ABSTAIN_THRESHOLD ?? '',
      url: new URL(c.req.url),
      contentType: c.res.headers.get('content-type') ?? '',
    })
    const cacheControl = `public, max-age=${options.maxAge ?? parseMaxAge(c.env?.CACHE_MAX_AGE)}`
    if (ifNoneMatch(c.req.header('if-none-match'), etag)) {
      // Hono carries the old headers (CORS, Vary) over to the new response, minus content-type.
      c.res = new Response(null, { status: 304 })
      c.res.headers.delete('content-length')
    }
    c.res.headers.set('etag', etag)
    c.res.headers.set('cache-control', cacheControl)
  }
}

/**
 * The routes whose GET responses are cached (mounted in app.ts).
 *
 * @example
 * ```ts
 * for (const path of CACHED_PATHS) app.use(path, cacheResponses())
 * ```
 */
export const CACHED_PATHS = ['/ask', '/summary', '/documents', '/documents/*'] as const
