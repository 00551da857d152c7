import { appendAudit } from '../../../store/audit-repo.js';
import type { Tx } from '../../../store/db.js';
import type { ActionContext } from '../../../app/action-context.js';

/** Every change to a referral writes one of these in the change's own transaction. */
export function auditReferral(
  tx: Tx,
  env: ActionContext,
  actor: string,
  action: string,
  referralId: string,
  detail: Record<string, unknown> = {},
): Promise<void> {
  return appendAudit(
    tx,
    { actor, action: `referral.${action}`, entity: 'referral', entityId: referralId, detail },
    env.at,
  );
}
