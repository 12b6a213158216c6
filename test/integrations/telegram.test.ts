import { describe, expect, it } from 'vitest'
import { askChat } from '../../src/integrations/ask-chat'
import { answerText } from '../../src/integrations/format-answer'
import { TELEGRAM_MAX_TEXT, TELEGRAM_USAGE } from '../../src/integrations/telegram/update'
import { chatApp } from './chat-app'

const SECRET = 'tg-secret_123'
const QUESTION = 'How many rounds was Ukraine firing daily?'

const post = (chat: ReturnType<typeof chatApp>, update: unknown, token: string | null = SECRET) =>
  chat.request('/integrations/telegram', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token === null ? {} : { 'x-telegram-bot-api-secret-token': token }) },
    body: typeof update === 'string' ? update : JSON.stringify(update),
  })

const message = (text: string, chatId: number = 42) => ({
  update_id: 1, message: { message_id: 5, date: 1700000000, chat: { id: chatId, type: 'private' }, from: { id: 9, is_bot: false, first_name: 'A' }, text },
})

describe('POST /integrations/telegram', () => {
  it('answers a text message with sendMessage to the same chat', async () => {
    const chat = chatApp({ TELEGRAM_WEBHOOK_SECRET: SECRET })
    const res = await post(chat, message(QUESTION, -100123))
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({
      method: 'sendMessage', chat_id: -100123, text: answerText(askChat(chat.engine, [QUESTION]).formatted, TELEGRAM_MAX_TEXT),
    })
  })

  it('reads /ask and /ask@bot commands and answers /start with usage', async () => {
    const chat = chatApp({ TELEGRAM_WEBHOOK_SECRET: SECRET })
    const expected = answerText(askChat(chat.engine, [QUESTION]).formatted, TELEGRAM_MAX_TEXT)
    for (const text of [`/ask ${QUESTION}`, `/ask@article_qa_bot ${QUESTION}`]) {
      expect(((await (await post(chat, message(text))).json()) as { text: string }).text).toBe(expected)
    }
    for (const text of ['/start', '/ask', '/help']) {
      expect(((await (await post(chat, message(text))).json()) as { text: string }).text).toBe(TELEGRAM_USAGE)
    }
  })

  it('keeps the text within 4,096 characters', async () => {
    const long = `${Array.from({ length: 900 }, (_, i) => `word${i}`).join(' ')} the harbour opened in 1901.`
    const chat = chatApp({ TELEGRAM_WEBHOOK_SECRET: SECRET }, [{ name: 'long.txt', content: long }])
    const body = (await (await post(chat, message('When did the harbour open?'))).json()) as { text: string }
    expect(body.text.length).toBeLessThanOrEqual(TELEGRAM_MAX_TEXT)
  })

  it('answers other updates with 200 and an empty body', async () => {
    const chat = chatApp({ TELEGRAM_WEBHOOK_SECRET: SECRET })
    const others = [
      { update_id: 2, message: { message_id: 1, chat: { id: 1, type: 'private' }, photo: [] } },
      { update_id: 3, callback_query: { id: 'x' } },
      { update_id: 4, edited_message: message('edited').message },
      [1, 2],
    ]
    for (const update of others) {
      const res = await post(chat, update)
      expect(res.status).toBe(200)
      expect(await res.text()).toBe('')
    }
  })

  it('rejects a missing or wrong secret token with 401, invalid JSON with 400, no secret with 503', async () => {
    const chat = chatApp({ TELEGRAM_WEBHOOK_SECRET: SECRET })
    for (const token of [null, '', 'wrong', `${SECRET}x`, SECRET.slice(0, -1)]) {
      const res = await post(chat, message(QUESTION), token)
      expect(res.status).toBe(401)
      expect(res.headers.get('content-type')).toBe('application/problem+json')
    }
    const bad = await post(chat, '{"update_id":')
    expect(bad.status).toBe(400)
    expect(bad.headers.get('content-type')).toBe('application/problem+json')
    const unconfigured = await post(chatApp(), message(QUESTION))
    expect(unconfigured.status).toBe(503)
    expect(((await unconfigured.json()) as { detail: string }).detail).toContain('TELEGRAM_WEBHOOK_SECRET')
  })
})
