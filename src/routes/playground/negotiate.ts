/**
 * @module
 * Content negotiation between JSON (the API) and HTML (browsers) on the same URL.
 */

/**
 * Whether an `Accept` header prefers HTML over JSON: browsers send `text/html` first; API clients
 * send `application/json`, `*\/*` or nothing, and get JSON.
 *
 * @example
 * ```ts
 * prefersHtml('text/html,application/xhtml+xml,*\/*;q=0.8') // true
 * prefersHtml('application/json') // false
 * ```
 */
export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false
  let html = 0
  let json = 0
  for (const part of accept.toLowerCase().split(',')) {
    const [type = '', ...params] = part.trim().split(';')
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const q = qParam ? Number(qParam.slice(2)) || 0 : 1
    if (type.trim() === 'text/html' || type.trim() === 'application/xhtml+xml') html = Math.max(html, q)
    if (type.trim() === 'application/json') json = Math.max(json, q)
  }
  return html > 0 && html >= json
}
