import { and, asc, eq, inArray } from 'drizzle-orm';
import { outbox, people } from '../../../db/schema/index.js';
import { appendAudit } from '../../store/audit-repo.js';
import type { CliCommand } from '../cli-context.js';

const STATUS = { pending: '待发送', sent: '已发送', dead: '无法送达', refused: '对方无法接收' } as const;
const KIND = {
  send: '发送',
  reply: '回复',
  patch: '更新卡片',
  urgent: '加急',
  'center-sync': '同步审批中心',
  'calendar-sync': '同步安静期日历',
} as const;

export const outboxCommand: CliCommand = async ([verb, ...rest], ctx) => {
  if (verb === 'list') {
    const all = rest.includes('--all');
    const rows = await ctx.store.db
      .select({ row: outbox, name: people.name })
      .from(outbox)
      .leftJoin(people, eq(people.openId, outbox.recipient))
      .where(all ? undefined : inArray(outbox.status, ['dead', 'refused']))
      .orderBy(asc(outbox.id));
    for (const { row: r, name } of rows) {
      const who = name ? `${name}（${r.recipient}）` : r.recipient;
      const why = r.lastError ? `原因：${r.lastError}` : '';
      ctx.out([r.id, STATUS[r.status], KIND[r.kind], who, `尝试 ${r.attempts} 次`, why].join('\t'));
    }
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
      // A refused row is requeued only by id, once the person can be reached again.
      const where = ids.length
        ? and(inArray(outbox.status, ['dead', 'refused']), inArray(outbox.id, ids))
        : eq(outbox.status, 'dead');
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
