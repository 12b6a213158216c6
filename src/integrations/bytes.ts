/**
 * @module
 * Hex decoding for signatures and keys (Slack's HMAC, Discord's Ed25519).
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
