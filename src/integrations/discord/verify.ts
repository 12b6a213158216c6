/**
 * @module
 * Discord interaction signatures: Ed25519 over `timestamp + raw body`, checked with the
 * application's public key through WebCrypto. Discord sends bad signatures on purpose and
 * delists endpoints that accept them.
 */
import { hexToBytes, joinBytes } from '../bytes'

const keys = new Map<string, Promise<CryptoKey>>()

/** Imports a hex public key once per isolate. */
const publicKey = (hex: string): Promise<CryptoKey> => {
  let key = keys.get(hex)
  if (!key) {
    const raw = hexToBytes(hex)
    key = raw && raw.length === 32
      ? crypto.subtle.importKey('raw', raw, { name: 'Ed25519' }, false, ['verify'])
      : Promise.reject(new Error('DISCORD_PUBLIC_KEY is not a 32-byte hex key.'))
    keys.set(hex, key)
  }
  return key
}

/**
 * Whether `signature` (hex, `X-Signature-Ed25519`) signs `timestamp + body` under the key.
 * A malformed key is the deployer's error: it throws, so the door can answer 503.
 *
 * @example
 * ```ts
 * await verifyDiscordRequest(env.DISCORD_PUBLIC_KEY, signature, timestamp, body) // true or false
 * ```
 */
export async function verifyDiscordRequest(publicKeyHex: string, signature: string | undefined, timestamp: string | undefined, body: Uint8Array | string): Promise<boolean> {
  const key = await publicKey(publicKeyHex.toLowerCase())
  const sig = signature ? hexToBytes(signature) : undefined
  if (!sig || sig.length !== 64 || !timestamp) return false
  return crypto.subtle.verify('Ed25519', key, sig, joinBytes(timestamp, body))
}
