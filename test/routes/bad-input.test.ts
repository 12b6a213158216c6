import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { appFrom } from '../helpers/engine'

interface ProblemBody {
  type: string
  title: string
  status: number
  detail: string
}

async function expectProblem(res: Response, status: number, detail: RegExp): Promise<ProblemBody> {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toBe('application/problem+json')
  const body = (await res.json()) as ProblemBody
  expect(body).toMatchObject({ type: expect.any(String), title: expect.any(String), status })
  expect(body.detail).toMatch(detail)
  return body
}

const post = (body: string, contentType = 'application/json') => ({ method: 'POST', headers: { 'content-type': contentType }, body })

describe('bad input gets a 4xx problem document', () => {
  it.each([
    ['missing q', '/ask', /q: is required/],
    ['blank q', '/ask?q=%20%20', /q: must not be blank/],
    ['q over 1,000 characters', `/ask?q=${'a'.repeat(1001)}`, /q: must be at most 1000/],
    ['k = 0', '/ask?q=rounds&k=0', /k: must be between 1 and 20/],
    ['k = 21', '/ask?q=rounds&k=21', /k: must be between 1 and 20/],
    ['k not an integer', '/ask?q=rounds&k=2.5', /k: must be an integer/],
    ['k not a number', '/ask?q=rounds&k=many', /k: must be an integer/],
    ['sentences = 0', '/summary?sentences=0', /sentences: must be between 1 and 10/],
    ['sentences = 11', '/summary?sentences=11', /sentences: must be between 1 and 10/],
  ])('400 for %s', async (_name, path, detail) => {
    const { request } = appFrom()
    await expectProblem(await request(path), 400, detail)
  })

  it('accepts a question of exactly 1,000 characters', async () => {
    const { request } = appFrom()
    expect((await request(`/ask?q=${'a'.repeat(1000)}`)).status).toBe(200)
  })

  it.each([
    ['malformed JSON', post('{"question": '), /not valid JSON/],
    ['a JSON array', post('[1, 2]'), /./],
    ['a missing question', post('{"k": 3}'), /question: is required/],
    ['a blank question', post('{"question": "   "}'), /question: must not be blank/],
    ['a non-string question', post('{"question": 42}'), /question/],
    ['k out of range', post('{"question": "rounds", "k": 50}'), /k: must be between 1 and 20/],
    ['k as a string', post('{"question": "rounds", "k": "3"}'), /k: must be an integer/],
  ])('400 for POST with %s', async (_name, init, detail) => {
    const { request } = appFrom()
    await expectProblem(await request('/ask', init), 400, detail)
  })

  it('404 for an unknown doc, listing the known ids', async () => {
    const { request } = appFrom()
    const res = await request('/ask?q=rounds&doc=nope')
    const body = await expectProblem(res, 404, /No document has the id "nope"/)
    expect((body as unknown as { documents: string[] }).documents).toEqual(['nato-ammunition-2023-09-28'])
    await expectProblem(await request('/documents/nope'), 404, /nope/)
    await expectProblem(await request('/summary?doc=nope'), 404, /nope/)
    await expectProblem(await request('/ask', post('{"question": "rounds", "doc": "nope"}')), 404, /nope/)
  })

  it('415 for a POST that is not JSON', async () => {
    const { request } = appFrom()
    await expectProblem(await request('/ask', post('question=rounds', 'application/x-www-form-urlencoded')), 415, /application\/json/)
    await expectProblem(await request('/ask', { method: 'POST', body: '{"question":"rounds"}' }), 415, /Content-Type/)
  })

  it('413 for a body over 16 KiB', async () => {
    const { request } = appFrom()
    const body = JSON.stringify({ question: 'rounds', padding: 'x'.repeat(17 * 1024) })
    await expectProblem(await request('/ask', post(body)), 413, /16384 bytes/)
  })

  it('404 for an unknown route', async () => {
    const { request } = appFrom()
    await expectProblem(await request('/nope'), 404, /no route at \/nope/)
  })

  it('405 with Allow for a wrong method', async () => {
    const { request } = appFrom()
    const res = await request('/health', { method: 'DELETE' })
    await expectProblem(res, 405, /DELETE is not allowed on \/health/)
    expect(res.headers.get('allow')).toBe('GET, HEAD')
    const put = await request('/ask', { method: 'PUT', body: '{}' })
    await expectProblem(put, 405, /PUT/)
    expect(put.headers.get('allow')).toBe('GET, HEAD, POST')
    await expectProblem(await request('/documents/x', { method: 'POST' }), 405, /POST/)
  })

  it('never answers 5xx to odd queries', async () => {
    const { request } = appFrom()
    for (const q of ['%F0%9F%92%A5', '%00', '???', '6%2C000', "'; DROP TABLE", '"""', 'the the the', '-', 'ǅ']) {
      const res = await request(`/ask?q=${q}`)
      expect(res.status, q).toBe(200)
    }
  })

  it('never answers 5xx to any question string, k or JSON body (property)', async () => {
    const { request } = appFrom()
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 1200 }), fc.option(fc.string({ maxLength: 4 })), async (q, k) => {
        const params = new URLSearchParams({ q, ...(k === null ? {} : { k }) })
        expect((await request(`/ask?${params}`)).status).toBeLessThan(500)
      }),
      { numRuns: 150 },
    )
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        expect((await request('/ask', post(JSON.stringify(value)))).status).toBeLessThan(500)
      }),
      { numRuns: 150 },
    )
  })
})
