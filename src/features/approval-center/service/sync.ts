import type { ActionContext } from '../../../app/action-context.js';
import { enqueue } from '../../../outbox/outbox-repo.js';
import type { Tx } from '../../../store/db.js';
import { currentStepOf } from '../../../domain/approvals/index.js';
import { getApprovalRequest, standInOf } from '../../approvals/index.js';
import { nextUpdateTime, saveInstance } from '../store/instances-repo.js';
import { buildInstance } from './instance.js';

/** The outbox lane of one instance: its syncs reach the center in the order they were written. */
export function centerLane(requestId: string): string {
  return `center:${requestId}`;
}

/**
 * Queues the request's instance as it stands in this transaction, so that syncs follow the changes'
 * order and a failing center never holds a decision up: the outbox retries it, and the periodic
 * check repairs what still went missing.
 */
export async function queueSync(tx: Tx, env: ActionContext, requestId: string): Promise<void> {
  const view = await getApprovalRequest(tx, requestId);
  if (!view) return;
  const step = currentStepOf(view);
  const delegation = step ? await standInOf(tx, step.personId, env.today) : undefined;
  const updateTime = await nextUpdateTime(tx, requestId, Date.parse(env.at));
  const instance = buildInstance({
    view,
    baseUrl: env.services.config.publicBaseUrl,
    updateTime,
    ...(delegation ? { standIn: { openId: delegation.delegateOpenId, name: delegation.delegateName } } : {}),
  });
  const payload = JSON.stringify(instance);
  await saveInstance(tx, { requestId, updateTime, payload, changedAt: env.at });
  await enqueue(tx, {
    kind: 'center-sync',
    target: requestId,
    recipient: centerLane(requestId),
    content: payload,
  });
}
