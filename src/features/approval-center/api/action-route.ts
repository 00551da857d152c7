import { timingSafeEqual } from 'node:crypto';
import * as lark from '@larksuiteoapi/node-sdk';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Services } from '../../../app/services.js';
import { quickDecide } from '../service/quick-approval.js';

/** The callback body as Lark sends it, once decrypted (docs/lark-platform.md §11). */
const callback = z.object({
  action_type: z.enum(['APPROVE', 'REJECT']),
  action_context: z.string().min(1),
  task_id: z.string().min(1),
  open_id: z.string().min(1),
  token: z.string(),
  reason: z.string().optional(),
  instance_id: z.string().optional(),
});

function sameText(a: string, b: string): boolean {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The plain callback: decrypted with the action key when one is set, which then is required. */
function openBody(raw: unknown, key: string | undefined): unknown {
  if (!key) return raw;
  const encrypted = (raw as { encrypt?: unknown } | undefined)?.encrypt;
  if (typeof encrypted !== 'string') return undefined;
  try {
    return JSON.parse(new lark.AESCipher(key).decrypt(encrypted)) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * POST /lark/approval-actions: the center's quick approve or reject. A body that does not open with
 * the action key or carry the action token is refused with 401 and changes nothing.
 */
export function approvalActionRoute(services: Services): Hono {
  const app = new Hono();
  app.post('/', async (c) => {
    const center = services.config.approvalCenter;
    if (!center) return c.json({ code: 404, msg: 'approval center disabled' }, 404);
    let raw: unknown;
    try {
      raw = await c.req.json<unknown>();
    } catch {
      return c.json({ code: 400, msg: 'malformed JSON' }, 400);
    }
    const body = openBody(raw, center.actionKey);
    const token = (body as { token?: unknown } | undefined)?.token;
    if (typeof token !== 'string' || !sameText(token, center.actionToken)) {
      return c.json({ code: 401, msg: 'unauthorized' }, 401);
    }
    const parsed = callback.safeParse(body);
    if (!parsed.success) return c.json({ code: 400, msg: 'invalid callback' }, 400);
    const p = parsed.data;
    const answer = await quickDecide(services, {
      actionType: p.action_type,
      actionContext: p.action_context,
      taskId: p.task_id,
      openId: p.open_id,
      ...(p.reason !== undefined ? { reason: p.reason } : {}),
    });
    return c.json(answer);
  });
  return app;
}
