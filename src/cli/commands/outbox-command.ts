import { and, asc, eq, inArray } from 'drizzle-orm';
import { outbox } from '../../../db/schema/index.js';
import { appendAudit } from '../../store/audit-repo.js';
import type { CliCommand } from '../cli-context.js';

export const outboxCommand: CliCommand = async ([verb, ...rest], ctx) => {
  if (verb === 'list') {
    const status = rest.includes('--all') ? undefined : 'dead';
    const rows = await ctx.store.db
      .select()
      .from(outbox)
      .where(status ? eq(outbox.status, status) : undefined)
      .orderBy(asc(outbox.id));
    for (const r of rows)
      ctx.out([r.id, r.status, r.kind, r.recipient, `attempts=${r.attempts}`, r.lastError ?? ''].join('\t'));
    ctx.out(`共 ${rows.length} 条。`);
    return 0;
  }
  if (verb === 'requeue') {
    const ids = rest.filter((a) => /^\d+$/.test(a)).map(Number);
    if (ids.length === 0 && !rest.includes('--all-dead')) {
      ctx.err('用法：npm run cli -- outbox requeue ID… | --all-dead');
      return 2;
    }
    const n = await ctx.store.write(async (tx) => {
      const where = and(eq(outbox.status, 'dead'), ids.length ? inArray(outbox.id, ids) : undefined);
      const r = await tx
        .update(outbox)
        .set({ status: 'pending', attempts: 0, nextAttemptAt: new Date().toISOString() })
        .where(where);
      await appendAudit(tx, {
        actor: 'cli',
        action: 'outbox.requeued',
        entity: 'outbox',
        entityId: ids.join(',') || 'all-dead',
        detail: { count: r.rowsAffected },
      });
      return r.rowsAffected;
    });
    ctx.out(`已重新排队 ${n} 条消息。`);
    return 0;
  }
  ctx.err('用法：npm run cli -- outbox list [--all] | outbox requeue ID… | --all-dead');
  return 2;
};
