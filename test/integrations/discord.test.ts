import { describe, expect, it } from 'vitest'
import { askChat } from '../../src/integrations/ask-chat'
import { answerText } from '../../src/integrations/format-answer'
import { bytesToHex } from '../../src/integrations/bytes'
import { DISCORD_MAX_CONTENT } from '../../src/integrations/discord/interaction'
import { chatApp } from './chat-app'

const QUESTION = 'Who is the US Ambassador to NATO?'
const encoder = new TextEncoder()

/** A fresh Ed25519 key pair, the public key as hex (as Discord shows it). */
async function keyPair() {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair
  const raw = (await crypto.subtle.exportKey('raw', pair.publicKey)) as ArrayBuffer
  return { privateKey: pair.privateKey, publicHex: bytesToHex(new Uint8Array(raw)) }
}

/** Posts an interaction signed as Discord signs it: Ed25519 over timestamp + body. */
async function post(chat: ReturnType<typeof chatApp>, privateKey: CryptoKey, interaction: unknown, tamper: (h: Record<string, string>) => void = () => {}) {
  const body = typeof interaction === 'string' ? interaction : JSON.stringify(interaction)
  const timestamp = String(Math.floor(Date.now() / 1000))
  const signature = new Uint8Array(await crypto.subtle.sign('Ed25519', privateKey, encoder.encode(timestamp + body)))
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-signature-ed25519': bytesToHex(signature), 'x-signature-timestamp': timestamp }
  tamper(headers)
  return chat.request('/integrations/discord', { method: 'POST', headers, body })
}

const askCommand = (question: string) => ({ type: 2, id: '1', application_id: '2', token: 't', data: { id: '3', name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: question }] } })

describe('POST /integrations/discord', () => {
  it('answers PING with PONG', async () => {
    const { privateKey, publicHex } = await keyPair()
    const res = await post(chatApp({ DISCORD_PUBLIC_KEY: publicHex }), privateKey, { type: 1, id: '1', application_id: '2', token: 't', version: 1 })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ type: 1 })
  })

  it('answers the ask command with a channel message of the engine answer', async () => {
    const { privateKey, publicHex } = await keyPair()
    const chat = chatApp({ DISCORD_PUBLIC_KEY: publicHex })
    const res = await post(chat, privateKey, askCommand(QUESTION))
    const body = (await res.json()) as { type: number; data: { content: string; flags?: number } }
    expect(body.type).toBe(4)
    expect(body.data.content).toBe(answerText(askChat(chat.engine, [QUESTION]).formatted, DISCORD_MAX_CONTENT))
    expect(body.data.flags).toBeUndefined()
  })

  it('keeps content within 2,000 characters for a long answer', async () => {
    const { privateKey, publicHex } = await keyPair()
    const long = `${Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ')} the harbour opened in 1901.`
    const chat = chatApp({ DISCORD_PUBLIC_KEY: publicHex }, [{ name: 'long.txt', content: long }])
    const body = (await (await post(chat, privateKey, askCommand('When did the harbour open?'))).json()) as { data: { content: string } }
    expect(body.data.content.length).toBeLessThanOrEqual(DISCORD_MAX_CONTENT)
    expect(body.data.content.length).toBeGreaterThan(0)
  })

  it('answers other commands and a blank question ephemerally, without asking', async () => {
    const { privateKey, publicHex } = await keyPair()
    const chat = chatApp({ DISCORD_PUBLIC_KEY: publicHex })
    for (const interaction of [{ type: 2, data: { name: 'other' } }, askCommand('   '), { type: 3, data: {} }]) {
      const body = (await (await post(chat, privateKey, interaction)).json()) as { type: number; data: { flags: number; content: string } }
      expect(body.type).toBe(4)
      expect(body.data.flags).toBe(64)
      expect(body.data.content.length).toBeGreaterThan(5)
    }
  })

  it('rejects bad signatures, another key, a changed timestamp and missing headers with 401', async () => {
    const { privateKey, publicHex } = await keyPair()
    const other = await keyPair()
    const chat = chatApp({ DISCORD_PUBLIC_KEY: publicHex })
    const ping = { type: 1 }
    const cases = [
      await post(chat, other.privateKey, ping),
      await post(chat, privateKey, ping, (h) => { h['x-signature-ed25519'] = '00'.repeat(64) }),
      await post(chat, privateKey, ping, (h) => { h['x-signature-ed25519'] = 'zz' }),
      await post(chat, privateKey, ping, (h) => { h['x-signature-timestamp'] = String(Number(h['x-signature-timestamp']) + 1) }),
      await post(chat, privateKey, ping, (h) => { delete h['x-signature-ed25519'] }),
      await post(chat, privateKey, ping, (h) => { delete h['x-signature-timestamp'] }),
    ]
    for (const res of cases) {
      expect(res.status).toBe(401)
      expect(res.headers.get('content-type')).toBe('application/problem+json')
    }
  })

  it('answers 400 to a signed body that is not JSON, 503 when the key is missing or malformed', async () => {
    const { privateKey, publicHex } = await keyPair()
    expect((await post(chatApp({ DISCORD_PUBLIC_KEY: publicHex }), privateKey, '{not json')).status).toBe(400)
    for (const env of [{}, { DISCORD_PUBLIC_KEY: 'not-hex' }]) {
      const res = await post(chatApp(env), privateKey, { type: 1 })
      expect(res.status).toBe(503)
      expect(((await res.json()) as { detail: string }).detail).toContain('DISCORD_PUBLIC_KEY')
    }
  })
})
