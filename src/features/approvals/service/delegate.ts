import { requestChanged } from './changes.js';
import type { Tx } from '../../../store/db.js';
import type { Directory, Person } from '../../../domain/org.js';
import { sendTo } from '../../../app/replies.js';
import { appendAudit } from '../../../store/audit-repo.js';
import { approvalRefusal } from '../refusals.js';
import { insertDelegation } from '../store/delegation-repo.js';
import { loadView } from '../store/request-repo.js';
import { pendingStepsOf } from '../store/step-repo.js';
import type { ActionContext } from '../../../app/action-context.js';
import { approverCardFor } from './outgoing.js';

export interface DelegateInput {
  principal: Person;
  delegate: Person;
  from: string;
  to: string;
}

/** Leaders are the people a chain can name: the 局长, unit heads and 分管局长. */
export function isLeader(directory: Directory, personId: string): boolean {
  return (
    directory.director === personId ||
    directory.units.some((unit) => unit.head === personId || unit.supervisor === personId)
  );
}

/**
 * 请假委托: from `from` to `to` the delegate may decide the principal's steps, and the record keeps
 * both names. Steps already waiting on the principal reach the delegate at once if the range has begun.
 */
export async function delegateApprovals(
  tx: Tx,
  env: ActionContext,
  input: DelegateInput,
): Promise<{ forwarded: number }> {
  const { principal, delegate, from, to } = input;
  if (!isLeader(env.directory, principal.id)) {
    throw approvalRefusal('NOT_ALLOWED', '请假委托仅适用于承担审批职责的领导。');
  }
  if (delegate.id === principal.id) throw approvalRefusal('BAD_INPUT', '不能委托给本人。');
  if (from > to) throw approvalRefusal('BAD_INPUT', `开始日期${from}晚于结束日期${to}。`);
  if (to < env.today) throw approvalRefusal('BAD_INPUT', `委托结束日期${to}已过。`);
  await insertDelegation(tx, {
    principalPersonId: principal.id,
    principalOpenId: principal.openId,
    principalName: principal.name,
    delegatePersonId: delegate.id,
    delegateOpenId: delegate.openId,
    delegateName: delegate.name,
    from,
    to,
    createdAt: env.at,
  });
  await appendAudit(
    tx,
    {
      actor: principal.openId,
      action: 'delegation.created',
      entity: 'approval-delegation',
      entityId: principal.id,
      detail: { delegate: delegate.id, from, to },
    },
    env.at,
  );
  await sendTo(
    tx,
    delegate.openId,
    `${principal.name}委托您于${from}至${to}代为办理其审批事项，届时待审批卡片将同时发送给您。`,
  );
  if (from > env.today) return { forwarded: 0 };
  let forwarded = 0;
  for (const { requestId, idx } of await pendingStepsOf(tx, [principal.id])) {
    const view = await loadView(tx, requestId);
    // Nobody stands in for a leader on their own request.
    if (!view || view.applicant.personId === delegate.id) continue;
    await approverCardFor(tx, env, view, idx, { openId: delegate.openId, onBehalfOf: principal.name });
    await requestChanged(tx, env, view.id);
    forwarded += 1;
  }
  return { forwarded };
}
