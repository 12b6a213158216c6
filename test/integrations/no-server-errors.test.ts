import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bytesToHex } from '../../src/integrations/bytes'
import { slackSignature } from '../../src/integrations/slack/verify'
import { chatApp } from './chat-app'

const encoder = new TextEncoder()
// Bodies a client could send: any JSON, chat-shaped JSON with odd contents, or raw text.
const messageLike = fc.record({ role: fc.constantFrom('user', 'assistant', 'system', 'tool'), content: fc.oneof(fc.string(), fc.array(fc.record({ type: fc.string(), text: fc.string() })), fc.constant(null)) })
const bodies = fc.oneof(
  fc.json(),
  fc.string(),
  fc.record({ model: fc.string(), messages: fc.array(messageLike, { maxLength: 4 }), stream: fc.boolean() }).map((b) => JSON.stringify(b)),
  fc.record({ type: fc.integer({ min: 0, max: 5 }), data: fc.record({ name: fc.constantFrom('ask', 'x'), options: fc.array(fc.record({ name: fc.constantFrom('question', 'q'), value: fc.jsonValue() }), { maxLength: 2 }) }) }).map((b) => JSON.stringify(b)),
  fc.record({ update_id: fc.integer(), message: fc.record({ chat: fc.record({ id: fc.oneof(fc.integer(), fc.string()) }), text: fc.string() }) }).map((b) => JSON.stringify(b)),
)

describe('no client input makes a chat door fail with a 5xx', () => {
  it('holds for every door with any body, signed where the door wants a signature', async () => {
    const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair
    const publicHex = bytesToHex(new Uint8Array((await crypto.subtle.exportKey('raw', pair.publicKey)) as ArrayBuffer))
    const chat = chatApp({ SLACK_SIGNING_SECRET: 's', DISCORD_PUBLIC_KEY: publicHex, TELEGRAM_WEBHOOK_SECRET: 't' })
    await fc.assert(fc.asyncProperty(bodies, async (body) => {
      const ts = String(Math.floor(Date.now() / 1000))
      const json = { 'content-type': 'application/json' }
      const signature = bytesToHex(new Uint8Array(await crypto.subtle.sign('Ed25519', pair.privateKey, encoder.encode(ts + body))))
      const slackBody = new URLSearchParams({ text: body }).toString()
      const responses = await Promise.all([
        chat.request('/v1/chat/completions', { method: 'POST', headers: json, body }),
        chat.request('/mcp', { method: 'POST', headers: { ...json, accept: 'application/json, text/event-stream' }, body }),
        chat.request('/integrations/telegram', { method: 'POST', headers: { ...json, 'x-telegram-bot-api-secret-token': 't' }, body }),
        chat.request('/integrations/discord', { method: 'POST', headers: { ...json, 'x-signature-ed25519': signature, 'x-signature-timestamp': ts }, body }),
        chat.request('/integrations/slack', { method: 'POST', body: slackBody, headers: { 'x-slack-request-timestamp': ts, 'x-slack-signature': await slackSignature('s', ts, slackBody) } }),
      ])
      for (const res of responses) {
        expect(res.status, `${res.url} ${body.slice(0, 80)}`).toBeLessThan(500)
        await res.arrayBuffer()
      }
    }), { numRuns: 60 })
  })
})
