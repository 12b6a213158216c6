/**
 * @module
 * `/docs`: an interactive API reference rendered on the server from the OpenAPI document, with a
 * "try it" form per operation. Self-contained (inline CSS and script), so it works offline and
 * adds a few kilobytes to the Worker instead of a multi-megabyte UI bundle.
 */
import { Layout } from '../playground/layout'
import { DOCS_SCRIPT } from './docs-script'
import type { OpenApiDocument } from './document'

/* eslint-disable @typescript-eslint/no-explicit-any -- the OpenAPI object model is walked loosely */
type Json = any

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const

const resolve = (doc: Json, schema: Json): Json =>
  schema?.$ref ? doc.components?.schemas?.[String(schema.$ref).replace('#/components/schemas/', '')] : schema

/** A sample value for a schema, from its examples, for the request body box. */
const sample = (doc: Json, schema: Json, depth = 0): Json => {
  const s = resolve(doc, schema) ?? {}
  if (s.example !== undefined) return s.example
  if (depth > 3) return null
  if (s.type === 'object' || s.properties) {
    const entries = Object.entries(s.properties ?? {}).filter(([name]) => (s.required ?? []).includes(name) || resolve(doc, (s.properties as Json)[name])?.example !== undefined)
    return Object.fromEntries(entries.map(([name, p]) => [name, sample(doc, p, depth + 1)]))
  }
  if (s.type === 'array') return [sample(doc, s.items, depth + 1)]
  return s.type === 'string' ? '' : s.type === 'integer' || s.type === 'number' ? 0 : s.type === 'boolean' ? false : null
}

function Operation({ doc, path, method, op }: { doc: Json; path: string; method: string; op: Json }) {
  const params: Json[] = op.parameters ?? []
  const [bodyType, bodyMedia] = (Object.entries(op.requestBody?.content ?? {})[0] ?? []) as [string | undefined, Json]
  const example = bodyMedia ? (bodyMedia.example ?? sample(doc, bodyMedia.schema)) : undefined
  const exampleText = typeof example === 'string' ? example
    : bodyType === 'application/x-www-form-urlencoded' ? new URLSearchParams(example as Record<string, string>).toString()
    : JSON.stringify(example, null, 2)
  return (
    <details class="op" id={`${method}-${path}`}>
      <summary><span class="method">{method}</span><code>{path}</code> — {op.summary}</summary>
      {op.description ? <p>{op.description}</p> : null}
      {params.length > 0 ? (
        <table>
          <tr><th>parameter</th><th>in</th><th>description</th></tr>
          {params.map((p) => <tr><td><code>{p.name}</code>{p.required ? ' *' : ''}</td><td>{p.in}</td><td>{p.description ?? p.schema?.description ?? ''}</td></tr>)}
        </table>
      ) : null}
      <table>
        <tr><th>status</th><th>response</th></tr>
        {Object.entries(op.responses ?? {}).map(([status, r]: [string, Json]) => (
          <tr><td>{status}</td><td>{r.description} <small>{Object.keys(r.content ?? {}).join(', ')}</small></td></tr>
        ))}
      </table>
      <form class="try" data-method={method} data-path={path} data-type={bodyType}>
        {params.filter((p) => p.in === 'query' || p.in === 'path').map((p) => (
          <label>{p.name} ({p.in}{p.required ? ', required' : ''})
            <input name={p.name} data-in={p.in} value={p.schema?.example !== undefined ? String(p.schema.example) : p.example !== undefined ? String(p.example) : ''} />
          </label>
        ))}
        {bodyType ? <label>body ({bodyType})<textarea rows={5}>{exampleText}</textarea></label> : null}
        <button type="submit">Send</button>
        <pre class="out" hidden></pre>
      </form>
    </details>
  )
}

/**
 * The reference page for a document: operations grouped by tag, then the schemas.
 *
 * @example
 * ```tsx
 * c.html(<DocsPage doc={openApiDocument(app)} />)
 * ```
 */
export function DocsPage({ doc }: { doc: OpenApiDocument }) {
  const d = doc as Json
  const ops = Object.entries(d.paths ?? {}).flatMap(([path, item]: [string, Json]) =>
    METHODS.filter((m) => item[m]).map((method) => ({ path, method, op: item[method], tag: item[method].tags?.[0] ?? 'Other' })),
  )
  const tags: string[] = [...new Set([...(d.tags ?? []).map((t: Json) => t.name), ...ops.map((o) => o.tag)])]
  return (
    <Layout title={`${d.info.title} API reference`}>
      <h2>{d.info.title} {d.info.version} — API reference</h2>
      <p>{d.info.description} The machine-readable document is <a href="/openapi.json">/openapi.json</a> (OpenAPI {d.openapi}).</p>
      {tags.filter((t) => ops.some((o) => o.tag === t)).map((tag) => (
        <section>
          <h2>{tag}</h2>
          {ops.filter((o) => o.tag === tag).map((o) => <Operation doc={d} path={o.path} method={o.method} op={o.op} />)}
        </section>
      ))}
      <h2>Schemas</h2>
      {Object.entries(d.components?.schemas ?? {}).map(([name, schema]) => (
        <details class="op" id={`schema-${name}`}><summary><code>{name}</code></summary><pre>{JSON.stringify(schema, null, 2)}</pre></details>
      ))}
      <script dangerouslySetInnerHTML={{ __html: DOCS_SCRIPT }} />
    </Layout>
  )
}
