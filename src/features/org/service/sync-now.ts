import { writeDirectory } from '../../../directory/directory-repo.js';
import { readOrgMap } from '../../../directory/org-map-file.js';
import type { Config } from '../../../config.js';
import { contactsClient } from '../../../lark/lark-contacts.js';
import type { Logger } from '../../../log.js';
import type { Store } from '../../../store/db.js';
import { planOrgSync, type SyncPlan } from './plan.js';

export class OrgSyncSetupError extends Error {}

/** `org sync`: plan from the map file, and with `apply` store the directory in one transaction. */
export async function syncOrg(
  store: Store,
  config: Config,
  log: Logger,
  opts: { mapFile?: string; apply: boolean; actor: string },
): Promise<SyncPlan> {
  const mapFile = opts.mapFile ?? config.files.orgMap;
  if (!mapFile) throw new OrgSyncSetupError('请用 --map FILE 或 ORG_MAP_FILE 指定映射文件。');
  const client = contactsClient(config, log);
  if (!client) throw new OrgSyncSetupError('须配置 LARK_APP_ID 与 LARK_APP_SECRET 才能读取飞书通讯录。');
  const plan = await planOrgSync(store.db, client, await readOrgMap(mapFile));
  if (plan.ok && opts.apply) {
    const { changes } = plan;
    const detail = { added: changes.added.length, removed: changes.removed.length, steps: plan.steps.length };
    await store.write((tx) => writeDirectory(tx, plan.after, opts.actor, 'directory.synced', detail));
  }
  return plan;
}
