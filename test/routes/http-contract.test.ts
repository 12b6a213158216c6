import { describe, expect, it } from 'vitest'
import { appFrom, SEED, SEED_ID } from '../helpers/engine'

interface AskBody {
  question: string
  answer: { text: string; sentence: string; documentId: string; paragraph: number; start: number; end: number; confidence: number } | null
  abstention?: { abstained: boolean; code: string; reason: string }
  passages: { rank: number; documentId: string; paragraph: number; score: number; text: string; highlights: [number, number][] }[]
  summary: string
}

const QUESTION = 'How many rounds was Ukraine firing daily?'

describe('GET /ask', () => {
  it('answers with ranked passages, an answer traceable to its sentence, and a summary', async () => {
    const { request } = appFrom()
    const res = await request(`/ask?q=${encodeURIComponent(QUESTION)}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    const body = (await res.json()) as AskBody
    expect(body.question).toBe(QUESTION)
    expect(body.passages).toHaveLength(3)
    expect(body.passages.map((p) => p.rank)).toEqual([1, 2, 3])
    expect(body.passages[0]).toMatchObject({ documentId: SEED_ID, paragraph: 4 })
    expect(body.passages[0]!.text).toContain('6,000 rounds daily')
    const answer = body.answer!
    expect(answer.sentence).toContain('6,000')
    expect(answer.sentence).toContain(answer.text)
    const passage = body.passages.find((p) => p.paragraph === answer.paragraph)!
    expect(passage.text.slice(answer.start, answer.end)).toBe(answer.text)
    expect(answer.confidence).toBeGreaterThanOrEqual(0)
    expect(answer.confidence).toBeLessThanOrEqual(1)
    expect(body.summary).toContain('NATO ammunition')
  })

  it('highlights the matched query terms in each passage', async () => {
    const { request } = appFrom()
    const body = (await (await request(`/ask?q=${encodeURIComponent(QUESTION)}`)).json()) as AskBody
    const top = body.passages[0]!
    const words = top.highlights.map(([s, e]) => top.text.slice(s, e).toLowerCase())
    expect(words).toEqual(expect.arrayContaining(['rounds', 'daily', 'firing']))
    expect(words.every((w) => /^(ukrain|round|daily|firing|fire)/.test(w))).toBe(true)
  })

  it('returns k passages', async () => {
    const { request } = appFrom()
    const body = (await (await request('/ask?q=NATO+Ukraine+ammunition&k=5')).json()) as AskBody
    expect(body.passages).toHaveLength(5)
  })

  it('abstains with a reason and still answers 200 when nothing matches', async () => {
    const { request } = appFrom()
    const body = (await (await request('/ask?q=Who+won+the+2022+World+Cup%3F')).json()) as AskBody
    expect(body.answer).toBeNull()
    expect(body.abstention).toMatchObject({ abstained: true })
    expect(body.abstention!.reason.length).toBeGreaterThan(0)
    expect(body.summary.length).toBeGreaterThan(0)
  })

  it('limits the search to doc', async () => {
    const { request } = appFrom([SEED, { name: 'grain.txt', content: 'Ukraine shipped grain through Odesa daily.' }])
    const body = (await (await request('/ask?q=Ukraine+daily&doc=grain&k=5')).json()) as AskBody
    expect(body.passages.length).toBeGreaterThan(0)
    expect(body.passages.every((p) => p.documentId === 'grain')).toBe(true)
  })
})

describe('POST /ask', () => {
  it('answers the same as GET', async () => {
    const { request } = appFrom()
    const get = await (await request(`/ask?q=${encodeURIComponent(QUESTION)}&k=2`)).json()
    const res = await request('/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: QUESTION, k: 2 }) })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual(get)
  })

  it('accepts a JSON content type with a charset', async () => {
    const { request } = appFrom()
    const res = await request('/ask', { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify({ question: QUESTION, doc: SEED_ID }) })
    expect(res.status).toBe(200)
  })
})

describe('GET /summary', () => {
  it('summarises the only document when doc is omitted', async () => {
    const { request } = appFrom()
    const res = await request('/summary?sentences=2')
    expect(res.status).toBe(200)
    const body = (await res.json()) as { documentId: string; title: string; date: string; summary: string; sentences: { text: string }[]; facts: object }
    expect(body).toMatchObject({ documentId: SEED_ID, title: 'NATO ammunition', date: '2023-09-28' })
    expect(body.sentences).toHaveLength(2)
    expect(body.summary.length).toBeGreaterThan(0)
  })

  it('requires doc when there are several documents, listing the ids', async () => {
    const { request } = appFrom([SEED, { name: 'other.txt', content: 'Other text.' }])
    const res = await request('/summary')
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    const body = (await res.json()) as { detail: string; documents: string[] }
    expect(body.documents).toEqual(['nato-ammunition-2023-09-28', 'other'])
    expect(body.detail).toContain('other')
  })
})

describe('GET /documents', () => {
  it('lists documents', async () => {
    const { request } = appFrom()
    expect(await (await request('/documents')).json()).toEqual([{ id: SEED_ID, title: 'NATO ammunition', date: '2023-09-28', passages: 5 }])
  })

  it('returns one document with its passages', async () => {
    const { request } = appFrom()
    const body = (await (await request(`/documents/${SEED_ID}`)).json()) as { id: string; paragraphs: { paragraph: number; heading?: string; text: string }[] }
    expect(body.id).toBe(SEED_ID)
    expect(body.paragraphs.map((p) => p.paragraph)).toEqual([0, 1, 2, 3, 4])
    expect(body.paragraphs[3]!.heading).toBe('NATO overhaul production lines of defence products for Ukraine')
  })
})

describe('CORS', () => {
  it('answers preflight and marks GET responses', async () => {
    const { request } = appFrom()
    const preflight = await request('/ask', { method: 'OPTIONS', headers: { origin: 'https://a.example', 'access-control-request-method': 'POST' } })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST')
    const res = await request('/health', { headers: { origin: 'https://a.example' } })
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('lets browser MCP and OpenAI clients send their headers', async () => {
    const { request } = appFrom()
    const preflight = await request('/mcp', { method: 'OPTIONS', headers: { origin: 'https://a.example', 'access-control-request-method': 'POST' } })
    const allowed = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase()
    expect(allowed).toContain('mcp-protocol-version')
    expect(allowed).toContain('authorization')
  })
})
