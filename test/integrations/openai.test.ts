import OpenAI from 'openai'
import { describe, expect, it } from 'vitest'
import { askChat } from '../../src/integrations/ask-chat'
import { answerText } from '../../src/integrations/format-answer'
import { chatApp } from './chat-app'

const QUESTION = 'How many rounds was Ukraine firing daily?'

const clientFor = (chat: ReturnType<typeof chatApp>, apiKey = 'unused') =>
  new OpenAI({ apiKey, baseURL: 'http://localhost/v1', fetch: chat.fetch, maxRetries: 0 })

describe('OpenAI-compatible door through the official client', () => {
  it('lists one model whose id comes from OPENAI_MODEL_ID', async () => {
    const chat = chatApp({ OPENAI_MODEL_ID: 'qa-test' })
    const models = await clientFor(chat).models.list()
    expect(models.data.map((m) => m.id)).toEqual(['qa-test'])
    expect((await clientFor(chat).models.retrieve('qa-test')).id).toBe('qa-test')
  })

  it('answers the last user message with the engine answer, source and sentence', async () => {
    const chat = chatApp()
    const completion = await clientFor(chat).chat.completions.create({
      model: 'article-qa',
      messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: [{ type: 'text', text: QUESTION }] }],
      temperature: 0.2, max_tokens: 50, user: 'u1',
    })
    const expected = answerText(askChat(chat.engine, [QUESTION]).formatted)
    expect(completion.object).toBe('chat.completion')
    expect(completion.model).toBe('article-qa')
    expect(completion.choices[0]!.message).toMatchObject({ role: 'assistant', content: expected, refusal: null })
    expect(completion.choices[0]!.finish_reason).toBe('stop')
    expect(completion.usage!.total_tokens).toBe(completion.usage!.prompt_tokens + completion.usage!.completion_tokens)
    const answer = chat.engine.ask({ question: QUESTION }).answer!
    expect(expected).toContain(answer.text)
    expect(expected).toContain(`paragraph ${answer.paragraph}`)
  })

  it('streams the same text in chunks: role delta, content deltas, stop, usage, [DONE]', async () => {
    const chat = chatApp()
    const client = clientFor(chat)
    const messages = [{ role: 'user' as const, content: QUESTION }]
    const plain = await client.chat.completions.create({ model: 'article-qa', messages })
    const stream = await client.chat.completions.create({ model: 'article-qa', messages, stream: true, stream_options: { include_usage: true } })
    const chunks = []
    for await (const chunk of stream) chunks.push(chunk)
    expect(new Set(chunks.map((c) => c.id)).size).toBe(1)
    expect(chunks.every((c) => c.object === 'chat.completion.chunk')).toBe(true)
    expect(chunks[0]!.choices[0]!.delta.role).toBe('assistant')
    const text = chunks.map((c) => c.choices[0]?.delta.content ?? '').join('')
    expect(text).toBe(plain.choices[0]!.message.content)
    expect(chunks.filter((c) => c.choices[0]?.delta.content).length).toBeGreaterThan(1)
    const finishes = chunks.map((c) => c.choices[0]?.finish_reason).filter(Boolean)
    expect(finishes).toEqual(['stop'])
    const last = chunks.at(-1)!
    expect(last.choices).toEqual([])
    expect(last.usage!.completion_tokens).toBeGreaterThan(0)
  })

  it('ends the raw event stream with data: [DONE] and sends no usage chunk unless asked', async () => {
    const chat = chatApp()
    const res = await chat.request('/v1/chat/completions', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'article-qa', stream: true, messages: [{ role: 'user', content: QUESTION }] }),
    })
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/)
    const events = (await res.text()).split('\n\n').filter(Boolean)
    expect(events.at(-1)).toBe('data: [DONE]')
    const parsed = events.slice(0, -1).map((e) => JSON.parse(e.replace(/^data: /, '')) as { choices: unknown[]; usage?: unknown })
    expect(parsed.every((p) => p.choices.length === 1 && p.usage === undefined)).toBe(true)
  })

  it('completes an elliptical follow-up from the previous user turn', async () => {
    const chat = chatApp()
    const completion = await clientFor(chat).chat.completions.create({
      model: 'article-qa',
      messages: [
        { role: 'user', content: 'How many shells was Russia using?' },
        { role: 'assistant', content: 'the 60,000 shells' },
        { role: 'user', content: 'And Ukraine?' },
      ],
    })
    const content = completion.choices[0]!.message.content!
    // The door asks the completed question; which span answers it is the engine's job.
    expect(content).toBe(answerText(askChat(chat.engine, ['How many shells was Ukraine using?']).formatted))
    expect(content).not.toBe(answerText(askChat(chat.engine, ['And Ukraine?']).formatted))
    // The answer itself (the reply's first line), not just the quoted sentence, is Ukraine's figure.
    expect(content.split('\n')[0]).toBe('up to 6,000 rounds')
  })

  it('requires the bearer key when OPENAI_API_KEY is set', async () => {
    const chat = chatApp({ OPENAI_API_KEY: 'sk-right' })
    const call = (key: string) => clientFor(chat, key).chat.completions.create({ model: 'article-qa', messages: [{ role: 'user', content: QUESTION }] })
    await expect(call('sk-wrong')).rejects.toMatchObject({ status: 401, code: 'invalid_api_key', type: 'invalid_request_error' })
    await expect(clientFor(chat, 'sk-wrong').models.list()).rejects.toMatchObject({ status: 401 })
    expect((await call('sk-right')).choices[0]!.message.content).toBeTruthy()
    const bare = await chat.request('/v1/models')
    expect(bare.status).toBe(401)
    expect(await bare.json()).toMatchObject({ error: { code: 'missing_api_key', param: null } })
  })

  it('answers bad requests with OpenAI-shaped errors', async () => {
    const chat = chatApp()
    const post = (body: string) => chat.request('/v1/chat/completions', { method: 'POST', headers: { 'content-type': 'application/json' }, body })
    const cases: [string, number, string | null][] = [
      ['{not json', 400, null],
      [JSON.stringify({ model: 'article-qa', messages: [] }), 400, 'messages'],
      [JSON.stringify({ messages: [{ role: 'user', content: 'hi' }] }), 400, 'model'],
      [JSON.stringify({ model: 'article-qa', messages: [{ role: 'system', content: 'hi' }] }), 400, 'messages'],
      [JSON.stringify({ model: 'article-qa', messages: [{ role: 'user', content: '   ' }] }), 400, 'messages'],
      [JSON.stringify({ model: 'article-qa', messages: [{ role: 'user', content: 'x'.repeat(1001) }] }), 400, 'messages'],
      [JSON.stringify({ model: 'article-qa', messages: [{ role: 'wizard', content: 'hi' }] }), 400, 'messages.0.role'],
      [JSON.stringify({ model: 'article-qa', messages: [{ role: 'user', content: 'x'.repeat(300_000) }] }), 413, null],
    ]
    for (const [body, status, param] of cases) {
      const res = await post(body)
      expect(res.status, body.slice(0, 80)).toBe(status)
      expect(res.headers.get('content-type')).toMatch(/^application\/json/)
      const error = ((await res.json()) as { error: { message: string; type: string; param: string | null } }).error
      expect(error.message.length).toBeGreaterThan(10)
      expect(error.type).toBe('invalid_request_error')
      expect(error.param).toBe(param)
    }
    await expect(clientFor(chat).models.retrieve('gpt-4o')).rejects.toMatchObject({ status: 404, code: 'model_not_found' })
    expect((await chat.request('/v1/chat/completions')).status).toBe(405)
    expect((await chat.request('/v1/nope')).status).toBe(404)
  })
})
