// Lark's webhook crypto: what the platform does before it POSTs an event, so the local simulator and
// tests produce exactly what production receives, and the signature check the webhook does on receipt.
// node:crypto only, so the same code runs on Node and on Workers with nodejs_compat.
import { Buffer } from 'node:buffer';
import { createCipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** base64(iv + AES-256-CBC(sha256(encryptKey), iv, JSON)), the `encrypt` field of a pushed event. */
export function encryptPayload(encryptKey: string, json: unknown): string {
  const key = createHash('sha256').update(encryptKey, 'utf8').digest();
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-256-cbc', key, iv);
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(json), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, ciphertext]).toString('base64');
}

/** Lowercase hex sha256(timestamp + nonce + encryptKey + rawBody): the X-Lark-Signature header. */
export function signBody(timestamp: string, nonce: string, encryptKey: string, rawBody: string): string {
  return createHash('sha256')
    .update(timestamp + nonce + encryptKey, 'utf8')
    .update(rawBody, 'utf8')
    .digest('hex');
}

export interface SignatureCheck {
  timestamp: string;
  nonce: string;
  signature: string;
  encryptKey: string;
  rawBody: string;
}

export function verifySignature(check: SignatureCheck): boolean {
  const expected = Buffer.from(
    signBody(check.timestamp, check.nonce, check.encryptKey, check.rawBody),
    'utf8',
  );
  const given = Buffer.from(check.signature, 'utf8');
  // timingSafeEqual throws on unequal lengths; a wrong length is simply a wrong signature.
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export interface SignedRequest {
  headers: Record<string, string>;
  body: string;
}

/**
 * The HTTP request Lark would send for `body`: encrypted and signed when an Encrypt Key is
 * configured, plain JSON otherwise (the platform signs only when it encrypts).
 */
export function signedRequest(opts: { body: unknown; encryptKey?: string; now?: Date }): SignedRequest {
  if (!opts.encryptKey) {
    return { headers: { 'content-type': 'application/json' }, body: JSON.stringify(opts.body) };
  }
  const body = JSON.stringify({ encrypt: encryptPayload(opts.encryptKey, opts.body) });
  const timestamp = String(Math.floor((opts.now ?? new Date()).getTime() / 1000));
  const nonce = randomBytes(8).toString('hex');
  return {
    headers: {
      'content-type': 'application/json',
      'x-lark-request-timestamp': timestamp,
      'x-lark-request-nonce': nonce,
      'x-lark-signature': signBody(timestamp, nonce, opts.encryptKey, body),
    },
    body,
  };
}
