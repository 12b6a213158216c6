import { exports } from 'cloudflare:workers'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { appFrom, SEED, SEED_ID } from '../helpers/engine'

const SECOND = { name: 'budget-note.txt', content: 'The council approved a budget of $12 million on Monday.\n\nThe budget funds 40 new teachers.' }

const json = async (res: Response) => (await res.json()) as Record<string, unknown>

describe('GET /summary formats', () => {
  it('answers JSON by default, with Vary: Accept', async () => {
    const res = await appFrom().request('/summary')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(res.headers.get('vary')).toMatch(/Accept/)
    const body = await json(res)
    expect(body.documentId).toBe(SEED_ID)
    expect(body.sentences).toHaveLength(3)
    expect((body.facts as { people: unknown[] }).people.length).toBeGreaterThanOrEqual(3)
  })

  it.each([
    ['text', 'text/plain; charset=utf-8', /^NATO ammunition \(2023-09-28\): US Ambassador/],
    ['markdown', 'text/markdown; charset=utf-8', /^## NATO ammunition\n\*2023-09-28\*\n\n- US Ambassador[\s\S]*\*\*People:\*\* Julianne Smith \(US Ambassador to NATO\)/],
    ['html', 'text/html; charset=utf-8', /^<article class="summary">\n<h2>NATO ammunition<\/h2>[\s\S]*<li>Oleksandra Ustinova, Ukrainian MP<\/li>[\s\S]*<\/article>$/],
  ])('format=%s answers %s', async (format, type, body) => {
    const res = await appFrom().request(`/summary?format=${format}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(type)
    expect(await res.text()).toMatch(body)
  })

  it('is served by the deployed Worker with the generated templates', async () => {
    const res = await exports.default.fetch('http://example.com/summary?format=markdown&sentences=2')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8')
    expect(await res.text()).toMatch(/^## .+\n/)
  })

  it('format=text is the JSON summary field', async () => {
    const { request } = appFrom()
    const text = await (await request('/summary?format=text&sentences=2')).text()
    expect(text).toBe((await json(await request('/summary?sentences=2'))).summary)
  })

  it.each([
    ['text/markdown', 'text/markdown; charset=utf-8'],
    ['text/html,application/xhtml+xml,*/*;q=0.8', 'text/html; charset=utf-8'],
    ['text/html;q=0.5, text/plain', 'text/plain; charset=utf-8'],
    ['text/*', 'text/plain; charset=utf-8'],
    ['*/*', 'application/json'],
    ['application/json', 'application/json'],
  ])('Accept: %s answers %s', async (accept, type) => {
    const res = await appFrom().request('/summary', { headers: { accept } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(new RegExp(`^${type.replace(/[+*]/g, '\\$&')}`))
  })

  it('406 problem for an Accept that allows none of the formats; format wins over Accept', async () => {
    const { request } = appFrom()
    const res = await request('/summary', { headers: { accept: 'image/png' } })
    expect(res.status).toBe(406)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    const body = await json(res)
    expect(body.detail).toMatch(/Accept/)
    expect(body.acceptable).toContain('text/markdown')
    const explicit = await request('/summary?format=markdown', { headers: { accept: 'image/png' } })
    expect(explicit.status).toBe(200)
    expect(explicit.headers.get('content-type')).toBe('text/markdown; charset=utf-8')
  })
})

describe('GET /summary parameters', () => {
  it('words=N bounds the summary', async () => {
    const body = await json(await appFrom().request('/summary?words=100'))
    const words = (body.sentences as { text: string }[]).reduce((n, s) => n + s.text.split(/\s+/).length, 0)
    expect(words).toBeLessThanOrEqual(100)
    expect(words).toBeGreaterThan(40)
  })

  it('q summarises a topic, across documents when doc is omitted', async () => {
    const { request } = appFrom([SEED, SECOND])
    const body = await json(await request('/summary?q=budget+teachers'))
    expect(body).toMatchObject({ documentId: '*', q: 'budget teachers' })
    expect((body.sentences as { documentId: string }[]).every((s) => s.documentId === 'budget-note')).toBe(true)
    const within = await json(await request(`/summary?q=ammunition&doc=${SEED_ID}&sentences=1`))
    expect((within.sentences as { text: string }[])[0]!.text).toMatch(/munition/)
  })

  it.each([
    ['format=pdf', /format: must be one of json, text, markdown, html/],
    ['words=5', /words: must be between 10 and 500/],
    ['words=501', /words: must be between 10 and 500/],
    ['words=ten', /words: must be an integer/],
    ['sentences=11', /sentences: must be between 1 and 10/],
    ['sentences=0&format=html', /sentences: must be between 1 and 10/],
    ['q=%20%20', /q: must not be blank/],
  ])('400 problem for %s', async (query, detail) => {
    const res = await appFrom().request(`/summary?${query}`)
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect((await json(res)).detail).toMatch(detail)
  })

  it('400 without doc when there are several documents, 404 for an unknown doc, in every format', async () => {
    const { request } = appFrom([SEED, SECOND])
    const missing = await request('/summary?format=html')
    expect(missing.status).toBe(400)
    expect((await json(missing)).documents).toEqual(['budget-note', SEED_ID])
    const unknown = await request('/summary?doc=nope&format=markdown')
    expect(unknown.status).toBe(404)
    expect(unknown.headers.get('content-type')).toBe('application/problem+json')
  })

  it('summarises a document with no text as an empty list, not an error', async () => {
    const res = await appFrom([{ name: 'empty-note.md', content: '---\ntitle: Empty note\n---\n' }]).request('/summary')
    expect(res.status).toBe(200)
    const body = await json(res)
    expect(body.sentences).toEqual([])
    expect(body.summary).toBe('Empty note: there is no text to summarise.')
  })

  it('never answers 5xx to any combination of parameters and Accept (property)', async () => {
    const { request } = appFrom([SEED, SECOND])
    const value = fc.oneof(fc.string(), fc.integer({ min: -5, max: 600 }).map(String), fc.constantFrom('json', 'text', 'markdown', 'html', SEED_ID))
    await fc.assert(
      fc.asyncProperty(
        fc.record({ doc: value, sentences: value, words: value, q: value, format: value }, { requiredKeys: [] }),
        fc.option(fc.constantFrom('text/html', '*/*', 'image/png', 'text/*;q=0', 'application/json;q=0.1, text/markdown', ''), { nil: undefined }),
        async (query, accept) => {
          const res = await request(`/summary?${new URLSearchParams(query as Record<string, string>)}`, accept === undefined ? {} : { headers: { accept } })
          expect(res.status).toBeLessThan(500)
          if (res.status >= 400) expect(res.headers.get('content-type')).toBe('application/problem+json')
        },
      ),
      { numRuns: 60 },
    )
  })
})
