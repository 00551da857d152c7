import type { ActionContext } from '../../../app/action-context.js';
import { appendAudit } from '../../../store/audit-repo.js';
import type { Tx } from '../../../store/db.js';

/** Every step of an inspection leaves one of these, in the step's own transaction (全过程留痕). */
export function auditInspection(
  tx: Tx,
  env: ActionContext,
  actor: string,
  action: string,
  code: string,
  detail: Record<string, unknown> = {},
): Promise<void> {
  return appendAudit(
    tx,
    { actor, action: `inspection.${action}`, entity: 'inspection', entityId: code, detail },
    env.at,
  );
}
