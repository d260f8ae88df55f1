import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** Discord signs `timestamp + body`; a request older (or newer) than this is a replay and is refused. */
export const MAX_SKEW_SECONDS = 300;

export const SIGNATURE_HEADER = 'x-signature-ed25519';
export const TIMESTAMP_HEADER = 'x-signature-timestamp';

const HEX_KEY = /^[0-9a-f]{64}$/i;
const HEX_SIGNATURE = /^[0-9a-f]{128}$/i;
const SECONDS = /^[0-9]{1,12}$/;

/**
 * The application's public key as the Developer Portal shows it (64 hex characters: the raw
 * 32-byte Ed25519 key), imported as a JWK so Node's crypto verifies without any other library.
 */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!HEX_KEY.test(hex)) throw new Error('DISCORD_PUBLIC_KEY must be 64 hexadecimal characters (Developer Portal → General Information → Public Key).');
  const x = Buffer.from(hex, 'hex').toString('base64url');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
}

export type Verdict = { ok: true } | { ok: false; reason: 'missing signature' | 'malformed signature' | 'stale timestamp' | 'bad signature' };

/**
 * Checks one request before anything reads its body as JSON: headers present and well formed,
 * timestamp within MAX_SKEW_SECONDS of now, and an Ed25519 signature over timestamp + raw body.
 */
export function verifyInteraction(
  key: KeyObject,
  headers: { signature?: string | string[]; timestamp?: string | string[] },
  body: Buffer,
  nowMs = Date.now(),
): Verdict {
  const { signature, timestamp } = headers;
  if (typeof signature !== 'string' || typeof timestamp !== 'string') return { ok: false, reason: 'missing signature' };
  if (!HEX_SIGNATURE.test(signature) || !SECONDS.test(timestamp)) return { ok: false, reason: 'malformed signature' };
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > MAX_SKEW_SECONDS) return { ok: false, reason: 'stale timestamp' };
  const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
  return verify(null, signed, key, Buffer.from(signature, 'hex')) ? { ok: true } : { ok: false, reason: 'bad signature' };
}
