import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { appFrom, SEED } from '../helpers/engine'

describe('GET /health', () => {
  it('counts documents and passages', async () => {
    const { request } = appFrom()
    const res = await request('/health')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ok', documents: 1, passages: 5 })
  })

  it('counts a second document', async () => {
    const { request } = appFrom([SEED, { name: 'b.txt', content: 'One paragraph.\n\nAnother paragraph.' }])
    expect(await (await request('/health')).json()).toEqual({ status: 'ok', documents: 2, passages: 7 })
  })

  it('is served by the deployed Worker from the generated corpus', async () => {
    const res = await exports.default.fetch('http://example.com/health')
    expect(res.status).toBe(200)
    const body = (await res.json()) as { status: string; documents: number }
    expect(body.status).toBe('ok')
    expect(body.documents).toBeGreaterThanOrEqual(1)
  })
})
