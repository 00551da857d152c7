import { listWork, requeueFailed } from '../../work-queue/queue-status.js';
import type { CliCommand } from '../cli-context.js';

const USAGE = '用法：npm run cli -- inbox list [--all] | inbox requeue 事件ID… | --all-failed';

/**
 * Received events and follow-ups (the cards after an approval decision) the worker gave up on after
 * repeated failures: listed, and handed back once the cause is fixed.
 */
export const inboxCommand: CliCommand = async ([verb, ...rest], ctx) => {
  if (verb === 'list') {
    const rows = await listWork(ctx.store.db, rest.includes('--all'));
    for (const r of rows)
      ctx.out([r.eventId, r.eventType, r.status, `attempts=${r.attempts}`, r.error ?? ''].join('\t'));
    ctx.out(`共 ${rows.length} 条。`);
    return 0;
  }
  if (verb === 'requeue') {
    const ids = rest.filter((a) => !a.startsWith('--'));
    if (ids.length === 0 && !rest.includes('--all-failed')) {
      ctx.err(USAGE);
      return 2;
    }
    const n = await requeueFailed(ctx.store, ids, 'cli');
    ctx.out(`已重新排队 ${n} 条。`);
    return 0;
  }
  ctx.err(USAGE);
  return 2;
};
