/**
 * @module
 * The MCP server: tools `ask`, `search`, `summarize`, `list_documents` and one resource per
 * document (`article://<id>`). A fresh server per request (stateless Streamable HTTP); JSON
 * Schema checks use @cfworker/json-schema because Workers forbid the code AJV generates.
 */
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js'
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js'
import { CfWorkerJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/cfworker'
import type { Engine } from '../../engine/engine'
import { askChat } from '../ask-chat'
import { answerText } from '../format-answer'
import { askInput, askOutput, searchInput, summarizeInput } from './schemas'

/**
 * The server's name and version, as clients show them.
 *
 * @example
 * ```ts
 * new McpServer(MCP_SERVER_INFO)
 * ```
 */
export const MCP_SERVER_INFO = { name: 'article-qa', version: '0.1.0' } as const

const json = (value: unknown) => JSON.stringify(value, null, 2)

/** Runs a tool body; an engine error (unknown doc, doc required) becomes an `isError` result. */
const guarded = (run: () => CallToolResult): CallToolResult => {
  try {
    return run()
  } catch (error) {
    return { isError: true, content: [{ type: 'text', text: error instanceof Error ? error.message : String(error) }] }
  }
}

/**
 * Creates an MCP server over an engine.
 *
 * @example
 * ```ts
 * const server = createMcpServer(engine)
 * await server.connect(transport)
 * ```
 */
export function createMcpServer(engine: Engine): McpServer {
  const server = new McpServer(MCP_SERVER_INFO, {
    jsonSchemaValidator: new CfWorkerJsonSchemaValidator(),
    instructions: 'Answers questions about a fixed set of articles, without a language model: ask for an answer with its source sentence, search for passages, summarize for key sentences.',
  })

  server.registerTool('ask', {
    title: 'Ask the articles',
    description: 'Answers a question from the articles: the answer span with its source and supporting sentence, the ranked passages and a summary. Says so when the articles do not answer.',
    inputSchema: askInput,
    outputSchema: askOutput,
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, ({ question, doc, k }) => guarded(() => {
    const { result, formatted } = askChat(engine, [question], { doc, k })
    return { content: [{ type: 'text', text: answerText(formatted) }], structuredContent: { ...result } }
  }))

  server.registerTool('search', {
    title: 'Search passages',
    description: 'Ranked article passages for a query, with highlight offsets.',
    inputSchema: searchInput,
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, ({ query, doc, k }) => guarded(() => ({ content: [{ type: 'text', text: json(engine.search({ question: query, doc, k })) }] })))

  server.registerTool('summarize', {
    title: 'Summarize an article',
    description: 'Key sentences of an article; with q, the answer to that question first.',
    inputSchema: summarizeInput,
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, ({ doc, sentences, q }) => guarded(() => {
    const summary = engine.summarize({ doc, sentences })
    const answer = q ? answerText(askChat(engine, [q], { doc: summary.documentId }).formatted) : undefined
    const text = answer ? `${answer}\n\n${summary.summary}` : summary.summary
    return { content: [{ type: 'text', text }, { type: 'text', text: json(summary) }] }
  }))

  server.registerTool('list_documents', {
    title: 'List documents',
    description: 'The articles: id, title, date and passage count.',
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, () => guarded(() => ({ content: [{ type: 'text', text: json(engine.documents()) }] })))

  server.registerResource('article', new ResourceTemplate('article://{id}', {
    list: () => ({
      resources: engine.documents().map((d) => ({ uri: `article://${d.id}`, name: d.id, title: d.title, mimeType: 'text/plain', description: d.date ? `${d.title} (${d.date})` : d.title })),
    }),
  }), { title: 'Article', description: 'An article: its text, paragraph by paragraph, and its metadata.', mimeType: 'text/plain' }, (uri, { id }) => {
    const { paragraphs, ...meta } = engine.document(String(id))
    const text = paragraphs.map((p) => (p.heading ? `${p.heading}\n\n${p.text}` : p.text)).join('\n\n')
    return {
      contents: [
        { uri: uri.href, mimeType: 'text/plain', text, _meta: meta },
        { uri: uri.href, mimeType: 'application/json', text: json(meta) },
      ],
    }
  })
  return server
}
