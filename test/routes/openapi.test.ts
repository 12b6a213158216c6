import { Validator } from '@cfworker/json-schema'
import { describe, expect, it } from 'vitest'
import { appFrom, SEED_ID } from '../helpers/engine'

/* eslint-disable @typescript-eslint/no-explicit-any -- the document is walked as plain JSON */
type Json = any

const getDocument = async () => {
  const { app, request } = appFrom()
  const res = await request('/openapi.json')
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toMatch(/^application\/json/)
  return { app, request, doc: (await res.json()) as Json }
}

const refsIn = (node: Json, found: string[] = []): string[] => {
  if (Array.isArray(node)) node.forEach((n) => refsIn(n, found))
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value)
      else refsIn(value, found)
    }
  }
  return found
}

const pointer = (doc: Json, ref: string): Json =>
  ref.slice(2).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~')).reduce((node, key) => node?.[key], doc)

/** Validates a value against a component schema of the document (JSON Schema 2020-12 in OAS 3.1). */
const conformsTo = (doc: Json, component: string, value: unknown) =>
  new Validator({ $ref: `#/components/schemas/${component}`, components: doc.components } as Json, '2020-12', false).validate(value)

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3.1 document with info, paths and component schemas', async () => {
    const { doc } = await getDocument()
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/)
    expect(doc.info.title).toBe('article-qa')
    expect(typeof doc.info.version).toBe('string')
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['AskResponse', 'AskRequest', 'Problem', 'Summary', 'Document', 'Passage', 'Answer']))
    for (const item of Object.values(doc.paths) as Json[]) {
      for (const op of Object.values(item) as Json[]) {
        expect(Object.keys(op.responses).length).toBeGreaterThan(0)
        for (const [status, response] of Object.entries(op.responses) as [string, Json][]) {
          expect(status).toMatch(/^[1-5]\d\d$/)
          expect(typeof response.description).toBe('string')
        }
      }
    }
  })

  it('documents /ask GET and POST with their problem+json 400', async () => {
    const { doc } = await getDocument()
    const ask = doc.paths['/ask']
    for (const op of [ask.get, ask.post]) {
      expect(op.responses['200'].content['application/json'].schema.$ref).toBe('#/components/schemas/AskResponse')
      expect(op.responses['400'].content['application/problem+json'].schema.$ref).toBe('#/components/schemas/Problem')
      expect(op.responses['404']).toBeDefined()
    }
    expect(ask.get.parameters.map((p: Json) => p.name)).toEqual(['q', 'doc', 'k'])
    expect(ask.get.parameters.find((p: Json) => p.name === 'q').required).toBe(true)
    expect(ask.post.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/AskRequest')
    expect(Object.keys(ask.post.responses)).toEqual(expect.arrayContaining(['413', '415']))
  })

  it('covers the API and the chat doors', async () => {
    const { doc } = await getDocument()
    const expected = [
      ['get', '/ask'], ['post', '/ask'], ['get', '/summary'], ['get', '/documents'], ['get', '/documents/{id}'], ['get', '/health'],
      ['post', '/v1/chat/completions'], ['get', '/v1/models'], ['post', '/mcp'],
      ['post', '/integrations/slack'], ['post', '/integrations/discord'], ['post', '/integrations/telegram'],
    ]
    for (const [method, path] of expected) expect(doc.paths[path!]?.[method!], `${method} ${path}`).toBeDefined()
  })

  it('documents every route the app registers', async () => {
    const { app, doc } = await getDocument()
    const pages = new Set(['/', '/docs', '/openapi.json'])
    const routes = app.routes.filter((r) => r.method !== 'ALL' && !pages.has(r.path) && !r.path.includes('*'))
    expect(routes.length).toBeGreaterThanOrEqual(6)
    for (const r of routes) {
      const path = r.path.replace(/:([^/{}]+)/g, '{$1}')
      expect(doc.paths[path]?.[r.method.toLowerCase()], `${r.method} ${r.path}`).toBeDefined()
    }
  })

  it('has no dangling $ref', async () => {
    const { doc } = await getDocument()
    const refs = refsIn(doc)
    expect(refs.length).toBeGreaterThan(10)
    for (const ref of refs) {
      expect(ref.startsWith('#/'), ref).toBe(true)
      expect(pointer(doc, ref), ref).toBeDefined()
    }
  })

  it('describes what the API really answers', async () => {
    const { doc, request } = await getDocument()
    const ask = (await (await request('/ask?q=How+many+rounds+was+Ukraine+firing+daily%3F')).json()) as Json
    expect(conformsTo(doc, 'AskResponse', ask).errors).toEqual([])
    const abstained = await (await request('/ask?q=Who+won+the+World+Cup%3F')).json()
    expect(conformsTo(doc, 'AskResponse', abstained).errors).toEqual([])
    expect(conformsTo(doc, 'Summary', await (await request('/summary')).json()).errors).toEqual([])
    expect(conformsTo(doc, 'Document', await (await request(`/documents/${SEED_ID}`)).json()).errors).toEqual([])
    expect(conformsTo(doc, 'Problem', await (await request('/ask?q=')).json()).errors).toEqual([])
    // And the check can fail: a response whose passages are not a list does not conform.
    expect(conformsTo(doc, 'AskResponse', { ...ask, passages: 'none' }).valid).toBe(false)
  })
})
