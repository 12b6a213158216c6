import { describe, expect, it } from 'vitest'
import { prefersHtml } from '../../src/routes/playground/negotiate'
import { appFrom, SEED, SEED_ID } from '../helpers/engine'

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'

/** Every src/href of a page that points off the Worker (a CDN would break offline use). */
const externalAssets = (html: string) => [...html.matchAll(/<(?:script|link|img)[^>]+(?:src|href)="(https?:)?\/\/[^"]*"/g)].map((m) => m[0])

describe('GET /docs', () => {
  it('renders every documented operation with a try-it form, offline', async () => {
    const { request } = appFrom()
    const res = await request('/docs')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await res.text()
    const doc = (await (await request('/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> }
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of Object.keys(item)) expect(html, `${method} ${path}`).toContain(`id="${method}-${path}"`)
    }
    expect(html).toContain('data-path="/ask"')
    // Each body box holds an example in the operation's own media type.
    expect(html).toContain('&quot;question&quot;: &quot;How many rounds was Ukraine firing daily?&quot;')
    expect(html).toContain('command=%2Fask&amp;text=How+many+rounds')
    expect(html).toContain('<script>')
    expect(externalAssets(html)).toEqual([])
  })
})

describe('GET / (playground)', () => {
  it('serves a phone-friendly page with a question box and its script, offline', async () => {
    const { request } = appFrom()
    const res = await request('/')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('name="viewport"')
    expect(html).toMatch(/<form id="ask-form"[^>]*>/)
    expect(html).toMatch(/<input id="q" name="q" type="search"/)
    expect(html).toContain("getJson('/ask?'")
    expect(externalAssets(html)).toEqual([])
    // One document: no picker.
    expect(html).not.toContain('<select id="doc"')
  })

  it('shows a document picker when there are several documents', async () => {
    const { request } = appFrom([SEED, { name: 'mill-history.md', content: '---\ntitle: The <Mill>\n---\nThe mill opened in 1901.\n' }])
    const html = await (await request('/')).text()
    expect(html).toContain('<select id="doc"')
    expect(html).toContain(`<option value="${SEED_ID}">`)
    expect(html).toContain('<option value="mill-history">The &lt;Mill&gt;</option>')
  })
})

describe('GET /documents/{id} for browsers', () => {
  it('renders HTML with one anchor per paragraph when Accept prefers HTML', async () => {
    const { request } = appFrom()
    const res = await request(`/documents/${SEED_ID}`, { headers: { accept: BROWSER_ACCEPT } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    expect(res.headers.get('vary')).toMatch(/accept/i)
    const html = await res.text()
    const { paragraphs } = (await (await request(`/documents/${SEED_ID}`)).json()) as { paragraphs: { paragraph: number }[] }
    expect(paragraphs.length).toBe(5)
    for (const p of paragraphs) expect(html).toContain(`id="p${p.paragraph}"`)
    expect(html).toContain('NATO overhaul production lines of defence products for Ukraine')
  })

  it('stays JSON for API clients, and 404 stays problem+json', async () => {
    const { request } = appFrom()
    for (const accept of [undefined, 'application/json', '*/*']) {
      const res = await request(`/documents/${SEED_ID}`, accept ? { headers: { accept } } : {})
      expect(res.headers.get('content-type'), accept).toMatch(/^application\/json/)
    }
    const missing = await request('/documents/nope', { headers: { accept: BROWSER_ACCEPT } })
    expect(missing.status).toBe(404)
    expect(missing.headers.get('content-type')).toBe('application/problem+json')
  })

  it('negotiates by q-value', () => {
    expect(prefersHtml(BROWSER_ACCEPT)).toBe(true)
    expect(prefersHtml('application/json, text/html;q=0.5')).toBe(false)
    expect(prefersHtml('text/html;q=0')).toBe(false)
    expect(prefersHtml(undefined)).toBe(false)
  })
})
