/**
 * The one-entry memo of a request's derived values: computed once per key object, again for a new
 * object (even one equal to the last), and never answering for a key it was not computed for.
 */
import { describe, expect, it } from 'vitest'
import { requestMemo } from '../../src/engine/request-memo'

describe('requestMemo', () => {
  it('computes once for the same object and again for another', () => {
    const calls: string[] = []
    const upper = requestMemo((q: { text: string }) => (calls.push(q.text), q.text.toUpperCase()))
    const a = { text: 'who ruled?' }
    const b = { text: 'who ruled?' }
    expect([upper(a), upper(a)]).toEqual(['WHO RULED?', 'WHO RULED?'])
    expect(upper(b)).toBe('WHO RULED?')
    expect(upper(a)).toBe('WHO RULED?')
    expect(calls).toEqual(['who ruled?', 'who ruled?', 'who ruled?'])
  })

  it('remembers an undefined result too', () => {
    let calls = 0
    const none = requestMemo((_: object) => (calls++, undefined))
    const key = {}
    none(key)
    none(key)
    expect(calls).toBe(1)
  })
})
