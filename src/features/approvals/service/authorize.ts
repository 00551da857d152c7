import { STATUS_LABELS, STEP_STATUS_LABELS } from '../../../domain/approvals/index.js';
import type { Tx } from '../../../store/db.js';
import { bureauDateTime } from '../../../time.js';
import { approvalRefusal } from '../refusals.js';
import { wasSentCard } from '../store/card-repo.js';
import { activeDelegation } from '../store/delegation-repo.js';
import type { RequestView, StepView } from '../types.js';
import type { ActionContext } from '../../../app/action-context.js';

export interface Actor {
  openId: string;
  name: string;
  /** The leader a stand-in acts for. */
  onBehalfOf?: string;
}

/** The assignee, or the stand-in the assignee appointed for today, unless that stand-in is the applicant. */
async function actorFor(
  tx: Tx,
  env: ActionContext,
  view: RequestView,
  step: StepView,
  operator: string,
): Promise<Actor | undefined> {
  if (operator === step.openId) return { openId: operator, name: step.name };
  const delegation = await activeDelegation(tx, step.personId, env.today);
  if (delegation?.delegateOpenId !== operator || operator === view.applicant.openId) return undefined;
  return { openId: operator, name: delegation.delegateName, onBehalfOf: step.name };
}

function handledMessage(view: RequestView, step: StepView, operator: string): string {
  if (step.decidedAt) {
    const by = step.onBehalfOfName ? `${step.decidedByName}（代${step.onBehalfOfName}）` : step.decidedByName;
    return `该环节已由${by}于${bureauDateTime(step.decidedAt)}办理（${STEP_STATUS_LABELS[step.status]}），无需重复操作。`;
  }
  const handover = [...view.decisions]
    .reverse()
    .find((d) => d.stepIdx === step.idx && d.actorOpenId === operator && d.action === 'transfer');
  if (handover && view.status === 'pending') {
    return `您已于${bureauDateTime(handover.at)}将该环节转交${handover.toName}办理。`;
  }
  const moved = [...view.decisions]
    .reverse()
    .find((d) => d.stepIdx === step.idx && d.toOpenId === step.openId && d.action === 'reassign');
  if (view.status === 'pending' && step.status === 'pending' && step.openId !== operator) {
    const when = moved ? `已于${bureauDateTime(moved.at)}` : '现已';
    return `该环节${when}改由${step.name}办理，您无需操作。`;
  }
  if (view.status === 'withdrawn' && view.closedAt) {
    return `申请人已于${bureauDateTime(view.closedAt)}撤回该申请，无需办理。`;
  }
  if (view.status !== 'pending') return `该申请已办结（${STATUS_LABELS[view.status]}），无需办理。`;
  return '该环节尚未开始，请待前序环节审批后再办理。';
}

/**
 * Only the current step's approver or their stand-in may act on it. Someone who had a part in the
 * step is told who handled it and when; anyone else is simply refused, whatever the card said.
 */
export async function authorizeStep(
  tx: Tx,
  env: ActionContext,
  view: RequestView,
  idx: number,
  operator: string,
): Promise<{ step: StepView; actor: Actor }> {
  const step = view.steps[idx];
  if (!step) throw approvalRefusal('NOT_FOUND', '未找到该审批环节。');
  const actor = await actorFor(tx, env, view, step, operator);
  const current = view.status === 'pending' && view.currentStep === idx && step.status === 'pending';
  if (current && actor) return { step, actor };
  const involved =
    actor !== undefined ||
    step.decidedByOpenId === operator ||
    view.decisions.some(
      (d) => d.stepIdx === idx && (d.actorOpenId === operator || d.toOpenId === operator),
    ) ||
    // Someone the step was taken from (they left, or could not be reached) still holds its card.
    (await wasSentCard(tx, view.id, idx, operator));
  if (involved) throw approvalRefusal('ALREADY_HANDLED', handledMessage(view, step, operator));
  throw approvalRefusal('NOT_ALLOWED', '您不是该审批环节的当前审批人，无权办理。');
}
