import { timingSafeEqual } from 'node:crypto';
import * as lark from '@larksuiteoapi/node-sdk';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Services } from '../../../app/services.js';
import { quickDecide, refusedAnswer } from '../service/quick-approval.js';

/**
 * The callback body as Feishu documents it, once decrypted (docs/lark-platform.md §11). `task_id` is
 * given for an action in the center's lists, `id` (the same task id) after a search; `user_id` is the
 * operator's tenant user id, which the bot does not rely on: the task names its approver. Other fields
 * (message_id, attachments) are ignored.
 */
const callback = z.object({
  action_type: z.enum(['APPROVE', 'REJECT']),
  approval_code: z.string().min(1),
  token: z.string(),
  task_id: z.string().min(1).optional(),
  id: z.string().min(1).optional(),
  instance_id: z.string().min(1).optional(),
  action_context: z.string().optional(),
  user_id: z.string().optional(),
  open_id: z.string().optional(),
  reason: z.string().optional(),
});

function sameText(a: string, b: string): boolean {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The plain callback. With an action key the center sends only `{"encrypt": base64(iv ‖
 * AES-256-CBC(sha256(key), iv, JSON))}`, so a plain body is then refused.
 */
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
 * POST /lark/approval-actions: the center's quick approve or reject. HTTP 200 tells the center the
 * action was taken; any status above 400 that it failed, with `message` shown to the approver. A body
 * that does not open with the action key or carry the action token gets 401 and changes nothing.
 */
export function approvalActionRoute(services: Services): Hono {
  const app = new Hono();
  app.post('/', async (c) => {
    const center = services.config.approvalCenter;
    if (!center) return c.json(refusedAnswer('未启用审批中心。'), 404);
    let raw: unknown;
    try {
      raw = await c.req.json<unknown>();
    } catch {
      return c.json(refusedAnswer('请求格式无效。'), 422);
    }
    const body = openBody(raw, center.actionKey);
    const token = (body as { token?: unknown } | undefined)?.token;
    if (typeof token !== 'string' || !sameText(token, center.actionToken)) {
      return c.json(refusedAnswer('请求未通过校验。'), 401);
    }
    const parsed = callback.safeParse(body);
    const taskId = parsed.success ? (parsed.data.task_id ?? parsed.data.id) : undefined;
    if (!parsed.success || !taskId) return c.json(refusedAnswer('审批任务信息无效。'), 422);
    const p = parsed.data;
    const answer = await quickDecide(services, {
      actionType: p.action_type,
      approvalCode: p.approval_code,
      taskId,
      ...(p.instance_id !== undefined ? { instanceId: p.instance_id } : {}),
      ...(p.action_context !== undefined ? { actionContext: p.action_context } : {}),
      ...(p.open_id !== undefined ? { openId: p.open_id } : {}),
      ...(p.reason !== undefined ? { reason: p.reason } : {}),
    });
    return c.json(answer.body, answer.status);
  });
  return app;
}
