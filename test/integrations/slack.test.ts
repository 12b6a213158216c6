import { describe, expect, it } from 'vitest'
import { askChat } from '../../src/integrations/ask-chat'
import { answerText, sourceLine } from '../../src/integrations/format-answer'
import { slackReply } from '../../src/integrations/slack/reply'
import { slackSignature, verifySlackRequest } from '../../src/integrations/slack/verify'
import { chatApp } from './chat-app'

// Slack's published example ("Verifying requests from Slack").
const VECTOR = {
  secret: '8f742231b10e8888abcd99yyyzzz85a5',
  timestamp: '1531420618',
  body: 'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
  signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
}
const SECRET = 'test-signing-secret'
const QUESTION = 'How many rounds was Ukraine firing daily?'

const form = (text: string) => new URLSearchParams({ command: '/ask', text, user_id: 'U1', response_url: 'https://hooks.slack.com/x' }).toString()
const now = () => String(Math.floor(Date.now() / 1000))

/** Posts a slash command signed as Slack signs it. */
async function post(chat: ReturnType<typeof chatApp>, body: string, options: { secret?: string; timestamp?: string; signature?: string | null } = {}) {
  const timestamp = options.timestamp ?? now()
  const signature = options.signature === undefined ? await slackSignature(options.secret ?? SECRET, timestamp, body) : options.signature
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': timestamp }
  if (signature !== null) headers['x-slack-signature'] = signature
  return chat.request('/integrations/slack', { method: 'POST', headers, body })
}

describe('Slack signature verification', () => {
  it("accepts Slack's published test vector and computes its signature", async () => {
    expect(await slackSignature(VECTOR.secret, VECTOR.timestamp, VECTOR.body)).toBe(VECTOR.signature)
    expect(await verifySlackRequest(VECTOR.secret, VECTOR, Number(VECTOR.timestamp) + 10)).toEqual({ ok: true })
  })

  it('rejects the vector with one changed byte, another secret, or five minutes later', async () => {
    const flipped = VECTOR.signature.slice(0, -1) + (VECTOR.signature.endsWith('3') ? '4' : '3')
    const at = Number(VECTOR.timestamp)
    expect((await verifySlackRequest(VECTOR.secret, { ...VECTOR, signature: flipped }, at)).ok).toBe(false)
    expect((await verifySlackRequest(VECTOR.secret, { ...VECTOR, body: VECTOR.body.replace('foobar', 'foobaz') }, at)).ok).toBe(false)
    expect((await verifySlackRequest('another-secret', VECTOR, at)).ok).toBe(false)
    expect((await verifySlackRequest(VECTOR.secret, VECTOR, at + 301)).ok).toBe(false)
    expect((await verifySlackRequest(VECTOR.secret, VECTOR, at - 301)).ok).toBe(false)
  })
})

describe('POST /integrations/slack', () => {
  it('answers a signed command with text and blocks: answer, source, supporting sentence', async () => {
    const chat = chatApp({ SLACK_SIGNING_SECRET: SECRET })
    const res = await post(chat, form(QUESTION))
    expect(res.status).toBe(200)
    const body = (await res.json()) as { response_type: string; text: string; blocks: { type: string; text?: { text: string }; elements?: { text: string }[] }[] }
    const { formatted } = askChat(chat.engine, [QUESTION])
    expect(body.response_type).toBe('ephemeral')
    expect(body.text).toBe(answerText(formatted).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))
    expect(body.blocks[0]!.text!.text).toContain(formatted.answer)
    expect(body.blocks[1]!.elements![0]!.text).toContain(sourceLine(formatted.source!))
    if (formatted.sentence) expect(body.blocks[2]!.text!.text).toContain(formatted.sentence.slice(0, 40))
  })

  it('escapes &, < and > so article text cannot form links or mentions', () => {
    const reply = slackReply({
      question: 'q', answered: true, answer: '<b>5,000</b> euros', sentence: 'The siren test on <!channel> day cost R&D teams <b>5,000</b> euros.',
      source: { documentId: 'a', title: 'Alerts & <sirens>', paragraph: 0 },
    }, 'ephemeral')
    const all = JSON.stringify(reply)
    for (const raw of ['<!channel>', 'R&D', '<b>', '<sirens>']) expect(all).not.toContain(raw)
    expect(reply.text).toContain('&lt;!channel&gt;')
    expect(reply.text).toContain('R&amp;D')
  })

  it('verifies the body bytes as sent, even bytes that are not UTF-8', async () => {
    const chat = chatApp({ SLACK_SIGNING_SECRET: SECRET })
    const bytes = new Uint8Array([...new TextEncoder().encode(`${form(QUESTION)}&x=`), 0xff, 0xfe])
    const timestamp = now()
    const res = await chat.request('/integrations/slack', {
      method: 'POST', body: bytes,
      headers: { 'x-slack-request-timestamp': timestamp, 'x-slack-signature': await slackSignature(SECRET, timestamp, bytes) },
    })
    expect(res.status).toBe(200)
    expect(((await res.json()) as { text: string }).text.length).toBeGreaterThan(0)
  })

  it('uses SLACK_RESPONSE_TYPE and explains an empty command', async () => {
    const chat = chatApp({ SLACK_SIGNING_SECRET: SECRET, SLACK_RESPONSE_TYPE: 'in_channel' })
    expect(((await (await post(chat, form(QUESTION))).json()) as { response_type: string }).response_type).toBe('in_channel')
    const empty = (await (await post(chat, form('  '))).json()) as { response_type: string; text: string }
    expect(empty.response_type).toBe('ephemeral')
    expect(empty.text).toMatch(/\/ask How many/)
  })

  it('rejects a bad signature, a stale timestamp and missing headers with 401 problem+json', async () => {
    const chat = chatApp({ SLACK_SIGNING_SECRET: SECRET })
    const body = form(QUESTION)
    const stale = String(Math.floor(Date.now() / 1000) - 6 * 60)
    const cases = [
      await post(chat, body, { secret: 'wrong-secret' }),
      await post(chat, body, { signature: 'v0=' + '0'.repeat(64) }),
      await post(chat, body, { signature: 'not-a-signature' }),
      await post(chat, body, { timestamp: stale }),
      await post(chat, body, { timestamp: 'yesterday' }),
      await post(chat, body, { signature: null }),
      await chat.request('/integrations/slack', { method: 'POST', body }),
    ]
    for (const res of cases) {
      expect(res.status).toBe(401)
      expect(res.headers.get('content-type')).toBe('application/problem+json')
      expect(((await res.json()) as { detail: string }).detail).not.toContain(SECRET)
    }
    // A signature over a different body does not carry over.
    const timestamp = now()
    const signature = await slackSignature(SECRET, timestamp, form('other'))
    expect((await post(chat, body, { timestamp, signature })).status).toBe(401)
  })

  it('answers 503 naming the secret when SLACK_SIGNING_SECRET is not configured', async () => {
    for (const env of [{}, { SLACK_SIGNING_SECRET: '  ' }]) {
      const res = await post(chatApp(env), form(QUESTION))
      expect(res.status).toBe(503)
      expect(res.headers.get('content-type')).toBe('application/problem+json')
      expect(((await res.json()) as { detail: string }).detail).toContain('SLACK_SIGNING_SECRET')
    }
  })
})
