import { actionContextOf } from '../../../app/action-context.js';
import type { Services } from '../../../app/services.js';
import { loadDirectory } from '../../../directory/directory-repo.js';
import type { CheckedInstance, ExternalInstanceBody } from '../../../lark/approval-center.js';
import { changedSince, type InstanceRow } from '../store/instances-repo.js';
import { queueSync } from './sync.js';

/** How far back the check looks: a sync lost longer ago was seen by an earlier check. */
const WINDOW_MS = 24 * 3_600_000;
/** Instances per check call. */
export const CHECK_BATCH = 10;

function checked(row: InstanceRow): CheckedInstance {
  const instance = JSON.parse(row.payload) as ExternalInstanceBody;
  return {
    instance_id: instance.instance_id,
    update_time: instance.update_time,
    tasks: (instance.task_list ?? []).map((t) => ({
      task_id: t.task_id,
      update_time: t.update_time ?? instance.update_time,
    })),
  };
}

export interface CheckRun {
  checked: number;
  resynced: string[];
}

/**
 * Asks the center which of the instances changed lately it lacks or holds older than queued, and
 * queues each of those afresh (with a new update_time), so a sync that died in the outbox or that the
 * center dropped is repaired.
 */
export async function checkCenter(services: Services): Promise<CheckRun> {
  const center = services.approvalCenter;
  if (!center) return { checked: 0, resynced: [] };
  const since = new Date(services.now().getTime() - WINDOW_MS).toISOString();
  const rows = await changedSince(services.store.db, since);
  const missing: string[] = [];
  for (let i = 0; i < rows.length; i += CHECK_BATCH) {
    missing.push(...(await center.checkInstances(rows.slice(i, i + CHECK_BATCH).map(checked))));
  }
  const directory = await loadDirectory(services.store.db);
  if (missing.length > 0 && directory) {
    const env = actionContextOf(services, directory);
    await services.store.write(async (tx) => {
      for (const id of missing) await queueSync(tx, env, id);
    });
    services.kickOutbox();
    services.log.warn({ instances: missing }, 'approval center was missing instances, queued again');
  }
  return { checked: rows.length, resynced: missing };
}
