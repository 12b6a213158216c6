/**
 * @module
 * Bytes for signatures and keys (Slack's HMAC, Discord's Ed25519): hex in and out, and the
 * signed message built from a text prefix and the raw body bytes, never a re-encoded string.
 */

/**
 * Decodes a hex string; undefined when it is not whole bytes of hex.
 *
 * @example
 * ```ts
 * hexToBytes('0aff') // Uint8Array [10, 255]
 * hexToBytes('xyz') // undefined
 * ```
 */
export function hexToBytes(hex: string): Uint8Array | undefined {
  if (hex.length % 2 !== 0 || !/^[0-9a-f]*$/i.test(hex)) return undefined
  const bytes = new Uint8Array(hex.length / 2)
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return bytes
}

/**
 * Encodes bytes as lower-case hex.
 *
 * @example
 * ```ts
 * bytesToHex(new Uint8Array([10, 255])) // "0aff"
 * ```
 */
export function bytesToHex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/**
 * The bytes of `prefix` (UTF-8) followed by `body` as received.
 *
 * @example
 * ```ts
 * joinBytes('v0:1531420618:', new Uint8Array(await request.arrayBuffer()))
 * ```
 */
export function joinBytes(prefix: string, body: Uint8Array | string): Uint8Array {
  const encoder = new TextEncoder()
  const head = encoder.encode(prefix)
  const tail = typeof body === 'string' ? encoder.encode(body) : body
  const joined = new Uint8Array(head.length + tail.length)
  joined.set(head)
  joined.set(tail, head.length)
  return joined
}
