/**
 * @module
 * A document as HTML for browsers, with one anchor per paragraph (`#p{n}`), the target of the
 * deep links of documents that have no url of their own.
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../../app-env'
import type { DocumentDetail } from '../../engine/results'
import { Layout } from './layout'
import { prefersHtml } from './negotiate'

/**
 * The page of one document; subheadings are shown above the paragraphs they label.
 *
 * @example
 * ```tsx
 * c.html(<DocumentPage document={engine.document('nato-ammunition-2023-09-28')} />)
 * ```
 */
export function DocumentPage({ document: d }: { document: DocumentDetail }) {
  return (
    <Layout title={d.title}>
      <article class="doc">
        <h2>{d.title}</h2>
        <p class="meta">
          {d.date ? <span>{d.date}</span> : null}
          {d.source ? <span>{d.source}</span> : null}
          {d.url ? <a href={d.url} rel="noopener noreferrer">original</a> : null}
          <a href={`/documents/${encodeURIComponent(d.id)}`} type="application/json">JSON</a>
        </p>
        {d.paragraphs.map((p, i) => (
          <>
            {p.heading && p.heading !== d.paragraphs[i - 1]?.heading ? <h3>{p.heading}</h3> : null}
            <p id={`p${p.paragraph}`}>
              <a class="pn" href={`#p${p.paragraph}`}>¶{p.paragraph}</a>
              {p.text}
            </p>
          </>
        ))}
      </article>
    </Layout>
  )
}

/**
 * Middleware for `GET /documents/{id}`: when the client prefers HTML (a browser), answers with
 * the document page (`Vary: Accept`); API clients fall through to the JSON handler.
 *
 * @example
 * ```ts
 * createRoute({ method: 'get', path: '/documents/{id}', middleware: [documentPageForBrowsers()], … })
 * ```
 */
export function documentPageForBrowsers(): MiddlewareHandler<AppEnv> {
  return async function documentPageForBrowsers(c, next) {
    if (!prefersHtml(c.req.header('accept'))) return next()
    const document = c.get('engine').document(c.req.param('id') ?? '')
    c.header('Vary', 'Accept')
    return c.html(<DocumentPage document={document} />)
  }
}
