import type * as lark from '@larksuiteoapi/node-sdk';
import { loadDirectory } from '../../../directory/directory-repo.js';
import { parseOrgFile } from '../../../directory/org-file.js';
import type { Directory } from '../../../domain/org.js';
import {
  buildDirectory,
  contactsNamed,
  diffDirectories,
  touchedSteps,
  type OrgChanges,
  type OrgMap,
  type SyncProblem,
  type TouchedStep,
} from '../../../domain/org-sync/index.js';
import { readTenant } from '../../../lark/lark-contacts.js';
import type { Database } from '../../../store/db.js';
import { openSteps } from '../../approvals/index.js';

/** What `org sync` found: either problems, or the new directory and what it would change. */
export type SyncPlan =
  | { ok: false; problems: SyncProblem[] }
  | {
      ok: true;
      before?: Directory;
      after: Directory;
      changes: OrgChanges;
      /** Open approval steps whose approver the new directory would change. */
      steps: TouchedStep[];
    };

function selectorsOf(map: OrgMap) {
  return [
    map.director,
    ...(map.admins ?? []),
    ...map.units.flatMap((u) => [u.head, u.supervisor].filter((s) => s !== undefined)),
  ];
}

/** Reads the tenant and builds the directory the map describes; changes nothing. */
export async function planOrgSync(db: Database, client: lark.Client, map: OrgMap): Promise<SyncPlan> {
  const tenant = await readTenant(client, contactsNamed(selectorsOf(map)));
  const before = await loadDirectory(db);
  const built = buildDirectory(tenant, map, before);
  if (!built.ok) return { ok: false, problems: built.problems };
  // The same checks as `org import`, so a sync can never store what an import would refuse.
  const checked = parseOrgFile(built.directory);
  if (!checked.ok)
    return {
      ok: false,
      problems: checked.errors.map((message) => ({ entry: '名录', value: '', message })),
    };
  const after = checked.value;
  const steps = before ? touchedSteps(before, after, await openSteps(db)) : [];
  return {
    ok: true,
    ...(before ? { before } : {}),
    after,
    changes: diffDirectories(before, after),
    steps,
  };
}
