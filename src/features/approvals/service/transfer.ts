import { requestChanged } from './changes.js';
import type { Tx } from '../../../store/db.js';
import { recordCard } from '../../../../cards/approvals/record.js';
import type { Card } from '../../../../cards/kit.js';
import { bureauDateTime } from '../../../time.js';
import { approvalRefusal } from '../refusals.js';
import { insertDecision, loadView } from '../store/request-repo.js';
import { updateStepIf } from '../store/step-repo.js';
import type { RequestView } from '../types.js';
import { reloadView } from './activate.js';
import { auditRequest } from './audit.js';
import { authorizeStep } from './authorize.js';
import type { ActionContext } from '../../../app/action-context.js';
import { closeStepCards, sendStepCards, tellApplicant } from './outgoing.js';

export interface TransferInput {
  id: string;
  stepIdx: number;
  operatorOpenId: string;
  toOpenId: string;
  comment?: string;
}

/** 转交: the current approver hands the step to another person in the directory. */
export async function transferStep(
  tx: Tx,
  env: ActionContext,
  input: TransferInput,
): Promise<{ view: RequestView; card: Card }> {
  const view = await loadView(tx, input.id);
  if (!view) throw approvalRefusal('NOT_FOUND', '未找到该审批申请。');
  const { step, actor } = await authorizeStep(tx, env, view, input.stepIdx, input.operatorOpenId);
  if (!input.toOpenId) throw approvalRefusal('BAD_INPUT', '请先选择转交给谁，再点击「转交」。');
  const target = env.directory.people.find((p) => p.openId === input.toOpenId);
  if (!target) throw approvalRefusal('BAD_INPUT', '转交对象不在本局通讯录中。');
  if (target.id === step.personId) throw approvalRefusal('BAD_INPUT', '不能转交给当前审批人本人。');
  if (target.id === view.applicant.personId) throw approvalRefusal('BAD_INPUT', '不能转交给申请人本人。');
  const moved = await updateStepIf(
    tx,
    view.id,
    step.idx,
    { status: 'pending', assignment: step.assignment },
    {
      personId: target.id,
      openId: target.openId,
      name: target.name,
      assignment: step.assignment + 1,
      activatedAt: env.at,
      lastRemindedAt: null,
    },
  );
  if (!moved) throw approvalRefusal('ALREADY_HANDLED', '该环节已有人办理，无需重复操作。');
  const comment = input.comment?.trim() || null;
  await insertDecision(tx, {
    requestId: view.id,
    stepIdx: step.idx,
    action: 'transfer',
    actorOpenId: actor.openId,
    actorName: actor.name,
    onBehalfOfName: actor.onBehalfOf ?? null,
    toOpenId: target.openId,
    toName: target.name,
    comment,
    at: env.at,
  });
  await auditRequest(tx, env, actor.openId, 'transferred', view.id, {
    step: step.idx,
    from: step.personId,
    to: target.id,
    ...(comment ? { comment } : {}),
  });
  const after = await reloadView(tx, view.id);
  const note = `${actor.name}已于${bureauDateTime(env.at)}将该环节转交${target.name}办理。`;
  await closeStepCards(tx, after, step.idx, note);
  await sendStepCards(tx, env, after, step.idx);
  await tellApplicant(tx, after, `您的申请${view.id}已由${actor.name}转交${target.name}审批。`);
  await requestChanged(tx, env, view.id);
  return { view: after, card: recordCard(after, note) };
}
