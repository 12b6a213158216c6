import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js'
import { CfWorkerJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/cfworker'
import OpenAI from 'openai'
import { describe, expect, it } from 'vitest'
import type { AskResult } from '../../src/engine/results'
import { answerText, formatAnswer } from '../../src/integrations/format-answer'
import { bytesToHex } from '../../src/integrations/bytes'
import { slackSignature } from '../../src/integrations/slack/verify'
import { SEED } from '../helpers/engine'
import { chatApp } from './chat-app'

const encoder = new TextEncoder()
const SECOND = { name: 'harbour.md', content: '---\ntitle: Harbour history\ndate: 2021-05-02\n---\nThe harbour opened in 1901 after a storm destroyed the old pier.\n\nMayor Ann Lee said the new pier cost $3 million.' }

/** Every door, asked the same question, each with its own client or signature. */
async function everyDoor(question: string, vars: Partial<Record<keyof Env, string>> = {}) {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair
  const publicHex = bytesToHex(new Uint8Array((await crypto.subtle.exportKey('raw', pair.publicKey)) as ArrayBuffer))
  const chat = chatApp({ SLACK_SIGNING_SECRET: 's', DISCORD_PUBLIC_KEY: publicHex, TELEGRAM_WEBHOOK_SECRET: 't', ...vars }, [SEED, SECOND])
  const post = (path: string, body: string, headers: Record<string, string>) => chat.request(path, { method: 'POST', body, headers })

  const ask = (await (await chat.request(`/ask?q=${encodeURIComponent(question)}`)).json()) as AskResult
  const openai = new OpenAI({ apiKey: 'x', baseURL: 'http://localhost/v1', fetch: chat.fetch, maxRetries: 0 })
  const completion = await openai.chat.completions.create({ model: 'article-qa', messages: [{ role: 'user', content: question }] })
  const mcp = new Client({ name: 't', version: '1' }, { jsonSchemaValidator: new CfWorkerJsonSchemaValidator() })
  await mcp.connect(new StreamableHTTPClientTransport(new URL('http://localhost/mcp'), { fetch: chat.fetch }))
  const tool = await mcp.callTool({ name: 'ask', arguments: { question } })

  const form = new URLSearchParams({ command: '/ask', text: question }).toString()
  const ts = String(Math.floor(Date.now() / 1000))
  const slack = await post('/integrations/slack', form, { 'x-slack-request-timestamp': ts, 'x-slack-signature': await slackSignature('s', ts, form) })
  const interaction = JSON.stringify({ type: 2, data: { name: 'ask', options: [{ name: 'question', value: question }] } })
  const signature = bytesToHex(new Uint8Array(await crypto.subtle.sign('Ed25519', pair.privateKey, encoder.encode(ts + interaction))))
  const discord = await post('/integrations/discord', interaction, { 'x-signature-ed25519': signature, 'x-signature-timestamp': ts })
  const update = JSON.stringify({ update_id: 1, message: { message_id: 1, chat: { id: 1 }, text: question } })
  const telegram = await post('/integrations/telegram', update, { 'x-telegram-bot-api-secret-token': 't' })

  return {
    expected: answerText(formatAnswer(ask, chat.engine.corpus)),
    ask,
    replies: {
      openai: completion.choices[0]!.message.content,
      mcp: (tool.content as { text: string }[])[0]!.text,
      // Slack's text is escaped (&amp; &lt; &gt;), which Slack shows as the plain characters.
      slack: ((await slack.json()) as { text: string }).text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
      discord: ((await discord.json()) as { data: { content: string } }).data.content,
      telegram: ((await telegram.json()) as { text: string }).text,
    },
  }
}

describe('the same answer on every door', () => {
  for (const question of ['Who is the US Ambassador to NATO?', 'When did the harbour open?', 'How much did the new pier cost?', 'Who won the 2018 World Cup?', 'Is the support for Ukraine ironclad?']) {
    it(`/ask, OpenAI, MCP, Slack, Discord and Telegram agree on "${question}"`, async () => {
      const { expected, ask, replies } = await everyDoor(question)
      for (const [door, text] of Object.entries(replies)) expect(text, door).toBe(expected)
      // The shared text carries the /ask answer itself (or the honest abstention).
      expect(expected).toContain(ask.answer ? ask.answer.text : "The articles don't say")
    })
  }
})

describe('a yes-no answer on the doors', () => {
  it('is its verdict, with the sentence that says so', async () => {
    const { expected, ask } = await everyDoor('Is the support for Ukraine ironclad?')
    expect(ask.answer?.normalized).toBe('yes')
    expect(expected).toMatch(/^Yes\b/)
    expect(expected).toContain(ask.answer!.sentence)
  })
})

describe('an abstention on the doors', () => {
  it('shows the closest sentence the engine weighed, the same everywhere', async () => {
    // A threshold no answer reaches: the engine weighs the right sentence and refuses it.
    const { expected, ask, replies } = await everyDoor('How many rounds was Ukraine firing daily?', { ABSTAIN_THRESHOLD: '1' })
    for (const [door, text] of Object.entries(replies)) expect(text, door).toBe(expected)
    expect(ask.answer).toBeNull()
    const closest = ask.abstention?.closest
    expect(closest?.sentence).toContain('6,000 rounds')
    expect(expected).toContain(`Closest passage: NATO ammunition (2023-09-28), paragraph ${closest?.paragraph}`)
    expect(expected).toContain(`> ${closest?.sentence}`)
  })
})
