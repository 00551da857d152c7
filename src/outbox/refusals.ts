import { and, eq, ne } from 'drizzle-orm';
import { outbox, people } from '../../db/schema/index.js';
import { appendAudit } from '../store/audit-repo.js';
import type { Tx } from '../store/db.js';
import type { Refusal } from './messenger.js';
import { enqueue, type OutboxRow } from './outbox-repo.js';

/**
 * Work the owner of a message does when its recipient cannot be reached, in the same transaction
 * that records the refusal (approvals: treat an approver who cannot be reached as one who left).
 */
export type RefusalHook = (tx: Tx, row: OutboxRow, refusal: Refusal) => Promise<void>;

async function nameOf(tx: Tx, openId: string): Promise<string> {
  const [p] = await tx.select({ name: people.name }).from(people).where(eq(people.openId, openId));
  return p?.name ?? openId;
}

/**
 * Records that the platform will not deliver `row` to its recipient: the row is `refused` (never
 * retried), the audit log says why, the hooks run, and the administrators are told once per person.
 */
export async function recordRefusal(
  tx: Tx,
  row: OutboxRow,
  refusal: Refusal,
  opts: { detail: string; administrators: string[]; hooks: RefusalHook[] },
): Promise<void> {
  await tx
    .update(outbox)
    .set({ status: 'refused', attempts: row.attempts + 1, lastError: `${refusal.reason}（${refusal.code}）` })
    .where(eq(outbox.id, row.id));
  await appendAudit(tx, {
    actor: 'outbox',
    action: 'outbox.refused',
    entity: 'outbox',
    entityId: String(row.id),
    detail: { recipient: row.recipient, code: refusal.code, reason: refusal.reason, detail: opts.detail },
  });
  for (const hook of opts.hooks) await hook(tx, row, refusal);
  const told = await tx
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(eq(outbox.recipient, row.recipient), eq(outbox.status, 'refused'), ne(outbox.id, row.id)))
    .limit(1);
  if (told.length > 0) return;
  const text = `消息无法送达${await nameOf(tx, row.recipient)}：${refusal.reason}（飞书错误码 ${refusal.code}）。${refusal.advice}`;
  for (const admin of opts.administrators)
    if (admin !== row.recipient)
      await enqueue(tx, {
        kind: 'send',
        target: admin,
        recipient: admin,
        msgType: 'text',
        content: JSON.stringify({ text }),
      });
}
