/**
 * @module
 * The bodies of the OpenAI door: a `chat.completion`, the `chat.completion.chunk` sequence of a
 * stream, and the model list. Pure functions of the reply text, so streamed and non-streamed
 * replies carry the same content.
 */

/** Token counts; estimated (about four characters a token), as there is no tokenizer. */
export interface Usage {
  prompt_tokens: number
  completion_tokens: number
  total_tokens: number
}

/** What every completion body shares. */
export interface CompletionMeta {
  id: string
  model: string
  /** Unix seconds. */
  created: number
}

/**
 * Estimated usage for a prompt and a reply.
 *
 * @example
 * ```ts
 * estimateUsage('How many?', 'Six.') // { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 }
 * ```
 */
export function estimateUsage(prompt: string, reply: string): Usage {
  const tokens = (text: string) => Math.ceil(text.length / 4)
  const prompt_tokens = tokens(prompt)
  const completion_tokens = tokens(reply)
  return { prompt_tokens, completion_tokens, total_tokens: prompt_tokens + completion_tokens }
}

/**
 * A non-streamed `chat.completion`.
 *
 * @example
 * ```ts
 * completionBody({ id: 'chatcmpl-1', model: 'article-qa', created: 0 }, 'Six.', usage)
 * ```
 */
export function completionBody(meta: CompletionMeta, content: string, usage: Usage) {
  return {
    id: meta.id, object: 'chat.completion' as const, created: meta.created, model: meta.model,
    choices: [{ index: 0, message: { role: 'assistant' as const, content, refusal: null }, logprobs: null, finish_reason: 'stop' as const }],
    usage,
  }
}

/**
 * Splits a reply into stream deltas of a few words each; joined, they give the reply back.
 *
 * @example
 * ```ts
 * contentDeltas('a b c d e f g', 3) // ["a b c", " d e f", " g"]
 * ```
 */
export function contentDeltas(content: string, wordsPerDelta = 4): string[] {
  const pieces = content.match(/\s*\S+/g) ?? []
  const deltas: string[] = []
  for (let i = 0; i < pieces.length; i += wordsPerDelta) deltas.push(pieces.slice(i, i + wordsPerDelta).join(''))
  const trailing = content.length - deltas.join('').length
  if (trailing > 0) deltas.push(content.slice(content.length - trailing))
  return deltas
}

/**
 * The chunks of a streamed completion: role delta, content deltas, `finish_reason: "stop"`, and
 * the usage chunk (empty `choices`) when the client asked for it.
 *
 * @example
 * ```ts
 * completionChunks(meta, 'Six.', usage, { includeUsage: true }).length // 4
 * ```
 */
export function completionChunks(meta: CompletionMeta, content: string, usage: Usage, options: { includeUsage?: boolean } = {}) {
  const chunk = (delta: Record<string, unknown>, finish: 'stop' | null, extra: Record<string, unknown> = {}) => ({
    id: meta.id, object: 'chat.completion.chunk' as const, created: meta.created, model: meta.model,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }], ...extra,
  })
  const withUsage = options.includeUsage ? { usage: null } : {}
  const chunks: object[] = [
    chunk({ role: 'assistant', content: '', refusal: null }, null, withUsage),
    ...contentDeltas(content).map((text) => chunk({ content: text }, null, withUsage)),
    chunk({}, 'stop', withUsage),
  ]
  if (options.includeUsage) {
    chunks.push({ id: meta.id, object: 'chat.completion.chunk', created: meta.created, model: meta.model, choices: [], usage })
  }
  return chunks
}

/**
 * The server-sent-events body of a stream: one `data:` event per chunk, then `data: [DONE]`.
 *
 * @example
 * ```ts
 * new Response(sseBody(chunks), { headers: { 'content-type': 'text/event-stream' } })
 * ```
 */
export function sseBody(chunks: object[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  const events = [...chunks.map((c) => `data: ${JSON.stringify(c)}\n\n`), 'data: [DONE]\n\n']
  return new ReadableStream({
    start(controller) {
      for (const event of events) controller.enqueue(encoder.encode(event))
      controller.close()
    },
  })
}

/**
 * The model list of `GET /v1/models`: one model per deployment.
 *
 * @example
 * ```ts
 * modelObject('article-qa') // { id: 'article-qa', object: 'model', created: 0, owned_by: 'article-qa' }
 * ```
 */
export function modelObject(id: string) {
  return { id, object: 'model' as const, created: 0, owned_by: 'article-qa' }
}
