import { describe, expect, it } from 'vitest'
import { createApp } from '../../src/app'
import { entityTag, ifNoneMatch, parseMaxAge } from '../../src/middleware/cache'
import { appFrom, engineFrom, SEED, SEED_ID } from '../helpers/engine'

const ASK = '/ask?q=How+many+rounds+was+Ukraine+firing+daily%3F'

describe('cache headers', () => {
  it('gives GET /ask, /summary and /documents(/id) an ETag and Cache-Control with the default max-age', async () => {
    const { request } = appFrom()
    for (const path of [ASK, '/summary', '/documents', `/documents/${SEED_ID}`]) {
      const res = await request(path)
      expect(res.status, path).toBe(200)
      expect(res.headers.get('etag'), path).toMatch(/^"[a-z0-9]+-[a-z0-9]+"$/)
      expect(res.headers.get('cache-control'), path).toBe('public, max-age=300')
    }
  })

  it('answers a matching If-None-Match with an empty 304 carrying the same ETag', async () => {
    const { request } = appFrom()
    const first = await request(ASK)
    const etag = first.headers.get('etag')!
    const again = await request(ASK, { headers: { 'If-None-Match': `W/"nope", ${etag}` } })
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe(etag)
    expect(again.headers.get('cache-control')).toBe('public, max-age=300')
    expect(await again.text()).toBe('')
  })

  it('gives different questions, formats and content builds different ETags', async () => {
    const { request } = appFrom()
    const a = (await request(ASK)).headers.get('etag')
    const b = (await request('/ask?q=Who+is+Julianne+Smith%3F')).headers.get('etag')
    const json = (await request(`/documents/${SEED_ID}`)).headers.get('etag')
    const html = (await request(`/documents/${SEED_ID}`, { headers: { accept: 'text/html' } })).headers.get('etag')
    const other = appFrom([SEED, { name: 'b.txt', content: 'Another article.' }])
    const c = (await other.request(ASK)).headers.get('etag')
    expect(new Set([a, b, c]).size).toBe(3)
    expect(json).not.toBe(html)
    // A stale ETag (from another build) gets the full response.
    expect((await other.request(ASK, { headers: { 'If-None-Match': a! } })).status).toBe(200)
  })

  it('takes max-age from CACHE_MAX_AGE', async () => {
    const app = createApp({ engine: engineFrom() })
    const env = { CORS_ORIGINS: '*', ABSTAIN_THRESHOLD: '0.35', CACHE_MAX_AGE: '60' } as Env
    expect((await app.request('/summary', {}, env)).headers.get('cache-control')).toBe('public, max-age=60')
  })

  it('leaves errors, POST and /health uncached', async () => {
    const { request } = appFrom()
    const bad = await request('/ask?q=')
    expect(bad.status).toBe(400)
    expect(bad.headers.get('etag')).toBeNull()
    expect((await request('/documents/nope')).headers.get('etag')).toBeNull()
    const post = await request('/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: 'Who is Smith?' }) })
    expect(post.status).toBe(200)
    expect(post.headers.get('etag')).toBeNull()
    expect((await request('/health')).headers.get('etag')).toBeNull()
  })

  it('parses max-age and If-None-Match strictly', () => {
    expect(parseMaxAge('0')).toBe(0)
    expect(parseMaxAge(' 86400 ')).toBe(86400)
    expect(parseMaxAge('-5')).toBe(300)
    expect(parseMaxAge('1e3')).toBe(300)
    expect(parseMaxAge(undefined)).toBe(300)
    const tag = entityTag({ version: 'v1', config: '', url: new URL('http://x/ask?q=a'), contentType: 'application/json; charset=UTF-8' })
    expect(tag).toBe(entityTag({ version: 'v1', config: '', url: new URL('http://y/ask?q=a'), contentType: 'application/json' }))
    expect(ifNoneMatch('*', tag)).toBe(true)
    expect(ifNoneMatch(`W/${tag}`, tag)).toBe(true)
    expect(ifNoneMatch('"other"', tag)).toBe(false)
    expect(ifNoneMatch(undefined, tag)).toBe(false)
  })
})
