import { appendAudit } from '../../../store/audit-repo.js';
import type { Tx } from '../../../store/db.js';
import type { ActionContext } from '../../../app/action-context.js';

/** Every transition of a request writes one of these in its own transaction. */
export function auditRequest(
  tx: Tx,
  env: ActionContext,
  actor: string,
  action: string,
  requestId: string,
  detail: Record<string, unknown> = {},
): Promise<void> {
  return appendAudit(
    tx,
    { actor, action: `approval.${action}`, entity: 'approval', entityId: requestId, detail },
    env.at,
  );
}
