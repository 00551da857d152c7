import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Store } from '../store/db.js';
import { storedSecret } from '../store/stored-secret.js';

/**
 * /stats is for directory members only. The stats card carries a signed link: open_id and expiry,
 * HMAC-SHA256 under a random key the bot keeps in its own database. Nothing to configure, works the
 * same in local mode and with Lark, and the holder must still be in the directory when they open it.
 * It lives here, not in the stats feature: the supervision feature's weekly card links to /stats too,
 * and the stats page shows supervision's section, so neither door may import the other's.
 */

const SECRET_KEY = 'stats.linkSecret';
export const LINK_DAYS = 7;

function sign(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

export function linkSecret(store: Store): Promise<string> {
  return storedSecret(store, SECRET_KEY, 'stats.link-key-created');
}

export function issueLinkToken(secret: string, openId: string, now: Date): string {
  const expires = Math.floor(now.getTime() / 1000) + LINK_DAYS * 86_400;
  const payload = `${openId}.${expires}`;
  return `${payload}.${sign(secret, payload)}`;
}

/** The open_id the token was issued to, while it is unexpired and untampered. */
export function readLinkToken(secret: string, token: string, now: Date): string | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [openId = '', expires = '', signature = ''] = parts;
  const expected = Buffer.from(sign(secret, `${openId}.${expires}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return Number(expires) * 1000 > now.getTime() ? openId : undefined;
}
