import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Services } from '../../app/services.js';
import { storedSecret } from '../../store/stored-secret.js';

/**
 * A printable form is opened from a card without logging in, so its link carries the proof:
 * HMAC-SHA256 of the form id and an expiry under a random key the bot keeps in its own database.
 * Nothing to configure, and the key never leaves the server (unlike the Lark or API secrets, which
 * operators rotate for their own reasons and which a local run shares with everyone).
 */

const SECRET_KEY = 'forms.linkSecret';
export const FORM_LINK_DAYS = 30;

function formSecret(services: Services): Promise<string> {
  return storedSecret(services.store, SECRET_KEY, 'forms.link-key-created', services.now().toISOString());
}

/** Ids are printed in upper case; a link typed in lower case still names the same form. */
export function canonicalFormId(id: string): string {
  return id.trim().toUpperCase();
}

function sign(secret: string, id: string, expires: string): string {
  return createHmac('sha256', secret)
    .update(`form:${canonicalFormId(id)}:${expires}`)
    .digest('base64url');
}

export function issueFormToken(secret: string, id: string, now: Date): string {
  const expires = String(Math.floor(now.getTime() / 1000) + FORM_LINK_DAYS * 86_400);
  return `${expires}.${sign(secret, id, expires)}`;
}

export type TokenCheck = 'valid' | 'expired' | 'invalid';

/** Expiry is only trusted once the signature over it holds. */
export function checkFormToken(secret: string, id: string, token: string, now: Date): TokenCheck {
  const match = /^(\d{1,12})\.([\w-]{43})$/.exec(token);
  if (!match) return 'invalid';
  const [, expires = '', signature = ''] = match;
  const expected = Buffer.from(sign(secret, id, expires));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  return Number(expires) * 1000 > now.getTime() ? 'valid' : 'expired';
}

export async function verifyFormToken(services: Services, id: string, token: string): Promise<TokenCheck> {
  return checkFormToken(await formSecret(services), id, token, services.now());
}

/** The absolute address of a request's or referral's printable form, valid for FORM_LINK_DAYS. */
export async function formLink(services: Services, id: string): Promise<string> {
  const token = issueFormToken(await formSecret(services), id, services.now());
  return `${services.config.publicBaseUrl}/forms/${encodeURIComponent(canonicalFormId(id))}?t=${token}`;
}
