/**
 * The Worker entry point: its module loads (the start-up warm-up runs in its global scope) and it
 * answers with the generated engine.
 */
import { describe, expect, it } from 'vitest'
import worker from '../../src/index'

describe('the Worker entry point', () => {
  it('loads, warms the engine up, and answers', async () => {
    const res = await worker.fetch(new Request('http://localhost/ask?q=How+many+rounds+was+Ukraine+firing+daily%3F'), {} as Env, {} as ExecutionContext)
    expect(res.status).toBe(200)
    const body = (await res.json()) as { answer: { text: string } | null }
    expect(body.answer?.text).toBe('up to 6,000 rounds')
  })
})
