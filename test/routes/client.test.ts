import { hc } from 'hono/client'
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { AppType } from '../../src/app'
import { appFrom, SEED_ID } from '../helpers/engine'

/** A typed client whose requests go straight to the app (no network). */
const clientFor = () => {
  const { request } = appFrom()
  return hc<AppType>('http://localhost', { fetch: (input: RequestInfo | URL, init?: RequestInit) => request(input instanceof Request ? input.url : String(input), init) })
}

describe('typed client (hono/client)', () => {
  it('asks with GET and reads a typed answer', async () => {
    const client = clientFor()
    const res = await client.ask.$get({ query: { q: 'How many rounds was Ukraine firing daily?', k: '2' } })
    expect(res.status).toBe(200)
    if (res.status !== 200) return
    const body = await res.json()
    expectTypeOf(body.passages).toBeArray()
    expectTypeOf(body.answer).toEqualTypeOf<NonNullable<typeof body.answer> | null>()
    expect(body.answer?.text).toContain('6,000')
    expect(body.passages).toHaveLength(2)
  })

  it('asks with POST and gets the problem document on a 400', async () => {
    const client = clientFor()
    const ok = await client.ask.$post({ json: { question: 'Who is the US Ambassador to NATO?', doc: SEED_ID } })
    expect(ok.status).toBe(200)
    const bad = await client.ask.$post({ json: { question: '   ' } })
    expect(bad.status).toBe(400)
    if (bad.status === 400) expect((await bad.json()).detail).toMatch(/question/)
  })

  it('reads documents and summaries with typed params', async () => {
    const client = clientFor()
    const list = await (await client.documents.$get()).json()
    expect(list.map((d) => d.id)).toEqual([SEED_ID])
    const doc = await client.documents[':id'].$get({ param: { id: SEED_ID } })
    if (doc.status !== 200) throw new Error(`status ${doc.status}`)
    expect((await doc.json()).paragraphs).toHaveLength(5)
    const summary = await client.summary.$get({ query: { sentences: '2' } })
    if (summary.status !== 200) throw new Error(`status ${summary.status}`)
    // /summary also documents text formats, so its typed body is a union: narrow it by hand.
    const body = (await summary.json()) as { sentences?: unknown[] }
    expect(body.sentences).toHaveLength(2)
    const health = await (await client.health.$get()).json()
    expect(health.status).toBe('ok')
  })

  it('narrows on res.ok as the README example does', async () => {
    const client = clientFor()
    const res = await client.ask.$get({ query: { q: 'Who is the US Ambassador to NATO?' } })
    expect(res.ok).toBe(true)
    if (res.ok) {
      const { answer, passages } = await res.json()
      expectTypeOf(passages[0]!.link).toEqualTypeOf<string | undefined>()
      expect(answer?.link).toMatch(/^\/documents\//)
      expect(passages.length).toBeGreaterThan(0)
    }
  })
})
