import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js'
import { CfWorkerJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/cfworker'
import { describe, expect, it } from 'vitest'
import { askChat } from '../../src/integrations/ask-chat'
import { answerText } from '../../src/integrations/format-answer'
import { SEED, SEED_ID } from '../helpers/engine'
import { chatApp } from './chat-app'

const QUESTION = 'Who is the US Ambassador to NATO?'
const SECOND = { name: 'budget-2024.md', content: '---\ntitle: City budget\ndate: 2024-03-01\n---\nThe council approved a budget of $2 million for parks.\n\nThe mayor said the parks open in June.' }

/** An SDK client connected to a fresh app over Streamable HTTP. */
async function connect(files = [SEED]) {
  const chat = chatApp({}, files)
  // The client validates structuredContent against outputSchema; AJV would compile code, which workerd forbids.
  const client = new Client({ name: 'test', version: '1.0.0' }, { jsonSchemaValidator: new CfWorkerJsonSchemaValidator() })
  await client.connect(new StreamableHTTPClientTransport(new URL('http://localhost/mcp'), { fetch: chat.fetch }))
  return { chat, client }
}

const textOf = (result: Record<string, unknown>) => (result.content as { type: string; text: string }[]).map((c) => c.text).join('\n')

describe('MCP server through the SDK client', () => {
  it('lists the four tools, ask with an output schema', async () => {
    const { client } = await connect()
    const { tools } = await client.listTools()
    expect(tools.map((t) => t.name).sort()).toEqual(['ask', 'list_documents', 'search', 'summarize'])
    const ask = tools.find((t) => t.name === 'ask')!
    expect(ask.inputSchema.required).toEqual(['question'])
    expect(ask.outputSchema?.properties).toHaveProperty('answer')
  })

  it('ask returns the engine answer as text and the /ask object as structuredContent', async () => {
    const { chat, client } = await connect()
    const result = await client.callTool({ name: 'ask', arguments: { question: QUESTION, k: 2 } })
    expect(result.isError).toBeFalsy()
    expect(textOf(result)).toBe(answerText(askChat(chat.engine, [QUESTION]).formatted))
    const expected = chat.engine.ask({ question: QUESTION, k: 2 })
    expect(result.structuredContent).toEqual(JSON.parse(JSON.stringify(expected)))
  })

  it('search, summarize and list_documents answer from the engine', async () => {
    const { chat, client } = await connect()
    const search = await client.callTool({ name: 'search', arguments: { query: 'ammunition production', k: 2 } })
    expect(JSON.parse(textOf(search))).toEqual(JSON.parse(JSON.stringify(chat.engine.search({ question: 'ammunition production', k: 2 }))))
    const summary = await client.callTool({ name: 'summarize', arguments: { sentences: 2 } })
    expect(textOf(summary)).toContain(chat.engine.summarize({ sentences: 2 }).summary)
    const withQuestion = await client.callTool({ name: 'summarize', arguments: { q: QUESTION } })
    expect(textOf(withQuestion).startsWith(answerText(askChat(chat.engine, [QUESTION]).formatted))).toBe(true)
    const docs = await client.callTool({ name: 'list_documents', arguments: {} })
    expect(JSON.parse(textOf(docs))).toEqual(chat.engine.documents())
  })

  it('turns engine errors into isError tool results', async () => {
    const { client } = await connect([SEED, SECOND])
    const unknown = await client.callTool({ name: 'ask', arguments: { question: QUESTION, doc: 'nope' } })
    expect(unknown.isError).toBe(true)
    expect(textOf(unknown)).toMatch(/No document has the id "nope"/)
    const required = await client.callTool({ name: 'summarize', arguments: {} })
    expect(required.isError).toBe(true)
    expect(textOf(required)).toMatch(/name one with doc/)
    const invalid = await client.callTool({ name: 'ask', arguments: { question: QUESTION, k: 99 } })
    expect(invalid.isError).toBe(true)
  })

  it('exposes each document as an article:// resource with text and metadata', async () => {
    const { chat, client } = await connect([SEED, SECOND])
    const { resources } = await client.listResources()
    expect(resources.map((r) => r.uri).sort()).toEqual([`article://${SEED_ID}`, 'article://budget-2024'].sort())
    const read = await client.readResource({ uri: 'article://budget-2024' })
    const [text, meta] = read.contents as { mimeType: string; text: string }[]
    expect(text!.text).toContain('The mayor said the parks open in June.')
    const { paragraphs: _, ...expected } = chat.engine.document('budget-2024')
    expect(JSON.parse(meta!.text)).toEqual(expected)
    await expect(client.readResource({ uri: 'article://nope' })).rejects.toThrow(/nope/)
  })

  it('refuses GET and DELETE with 405 problem+json', async () => {
    const { request } = chatApp()
    for (const method of ['GET', 'DELETE']) {
      const res = await request('/mcp', { method })
      expect(res.status).toBe(405)
      expect(res.headers.get('allow')).toBe('POST')
      expect(res.headers.get('content-type')).toBe('application/problem+json')
    }
  })

  it('rejects a non-JSON-RPC body without a 5xx', async () => {
    const { request } = chatApp()
    const res = await request('/mcp', {
      method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' }, body: '{"nope":',
    })
    expect(res.status).toBe(400)
  })
})
