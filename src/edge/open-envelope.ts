import * as lark from '@larksuiteoapi/node-sdk';
import { verifySignature } from '../lark/signing.js';

export interface EnvelopeKeys {
  encryptKey?: string;
  verificationToken?: string;
}

export type Opened =
  | { kind: 'challenge'; challenge: string }
  | { kind: 'event'; eventId: string; eventType: string; payload: Record<string, unknown> }
  | { kind: 'rejected'; status: 400 | 401; error: string };

const MAX_SKEW_SECONDS = 300;
/** Lark's events nest a handful of levels; far deeper JSON is an attack on JSON.stringify's stack. */
const MAX_DEPTH = 32;

function deeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

function reject(status: 400 | 401, error: string): Opened {
  return { kind: 'rejected', status, error };
}

let cipher: { encryptKey: string; aes: lark.AESCipher } | undefined;

/** The SDK's AESCipher hashes the key when built, so one is kept per key rather than per event. */
function decryptEvent(encryptKey: string, encrypted: string): string {
  if (cipher?.encryptKey !== encryptKey) cipher = { encryptKey, aes: new lark.AESCipher(encryptKey) };
  return cipher.aes.decrypt(encrypted);
}

function tokenOf(p: Record<string, unknown>): unknown {
  const header = p.header as Record<string, unknown> | undefined;
  return header?.token ?? p.token;
}

/**
 * Verify, decrypt and classify one request to /lark/events. Pure apart from the clock: the caller
 * stores nothing unless this says `event`.
 */
export function openEnvelope(
  keys: EnvelopeKeys,
  rawBody: string,
  header: (name: string) => string | undefined,
  nowMs = Date.now(),
): Opened {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    return reject(400, 'malformed JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return reject(400, 'unknown envelope');
  let payload = body as Record<string, unknown>;

  if (typeof payload.encrypt === 'string') {
    if (!keys.encryptKey) return reject(400, 'encrypted body but no encrypt key configured');
    const timestamp = header('x-lark-request-timestamp');
    const nonce = header('x-lark-request-nonce');
    const signature = header('x-lark-signature');
    const signed = timestamp !== undefined && nonce !== undefined && signature !== undefined;
    if (signed) {
      if (!verifySignature({ timestamp, nonce, signature, encryptKey: keys.encryptKey, rawBody }))
        return reject(401, 'bad signature');
      const ts = Number(timestamp);
      if (!Number.isFinite(ts) || Math.abs(nowMs / 1000 - ts) > MAX_SKEW_SECONDS)
        return reject(401, 'stale timestamp');
    }
    try {
      payload = JSON.parse(decryptEvent(keys.encryptKey, payload.encrypt)) as Record<string, unknown>;
    } catch {
      return reject(401, 'cannot decrypt');
    }
    if (typeof payload !== 'object' || payload === null) return reject(400, 'unknown envelope');
    if (deeperThan(payload, MAX_DEPTH)) return reject(400, 'nested too deeply');
    // Lark sends the URL challenge unsigned; anything else must carry a signature.
    if (!signed && payload.type !== 'url_verification') return reject(401, 'missing signature');
  } else if (keys.encryptKey) {
    return reject(401, 'plaintext body while an encrypt key is configured');
  }

  if (keys.verificationToken !== undefined && tokenOf(payload) !== keys.verificationToken)
    return reject(401, 'token mismatch');
  if (keys.verificationToken === undefined && !keys.encryptKey)
    return reject(401, 'no verification configured');

  if (payload.type === 'url_verification') {
    return typeof payload.challenge === 'string'
      ? { kind: 'challenge', challenge: payload.challenge }
      : reject(400, 'challenge missing');
  }
  const h = payload.header as Record<string, unknown> | undefined;
  if (
    payload.schema !== '2.0' ||
    typeof h?.event_id !== 'string' ||
    typeof h.event_type !== 'string' ||
    !h.event_id
  )
    return reject(400, 'unknown envelope');
  if (typeof payload.event !== 'object' || payload.event === null || Array.isArray(payload.event))
    return reject(400, 'event missing');
  return { kind: 'event', eventId: h.event_id, eventType: h.event_type, payload };
}
