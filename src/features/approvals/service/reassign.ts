import type { Directory, Person } from '../../../domain/org.js';
import type { Tx } from '../../../store/db.js';
import { insertDecision } from '../store/request-repo.js';
import { updateStepIf } from '../store/step-repo.js';
import type { RequestView } from '../types.js';
import { auditRequest } from './audit.js';
import type { ActionContext } from '../../../app/action-context.js';

/**
 * Who takes over a step from someone who left or cannot be reached: the unit's 分管局长, then the
 * 局长; never the applicant, nor anyone in `passedOver` (earlier holders who could not be reached).
 */
export function successorOf(
  directory: Directory,
  view: RequestView,
  idx: number,
  passedOver: ReadonlySet<string> = new Set(),
): Person | undefined {
  const holder = view.steps[idx]?.personId;
  const unit = directory.units.find((u) => u.id === view.unit.id);
  return [unit?.supervisor, directory.director]
    .filter((id): id is string => id !== undefined && id !== holder && id !== view.applicant.personId)
    .filter((id) => !passedOver.has(id))
    .map((id) => directory.people.find((p) => p.id === id))
    .find((p): p is Person => p !== undefined);
}

/**
 * Hands the step to `to` while it is still as `view` shows it, with the path's record and the audit
 * row (`approval.reassigned`, `why` in its detail). False when the step moved meanwhile.
 */
export async function handStepOver(
  tx: Tx,
  env: ActionContext,
  view: RequestView,
  idx: number,
  to: Person,
  change: { comment: string; why: string; fresh?: boolean },
): Promise<boolean> {
  const step = view.steps[idx];
  if (!step) return false;
  const moved = await updateStepIf(
    tx,
    view.id,
    idx,
    { status: step.status, assignment: step.assignment },
    {
      personId: to.id,
      openId: to.openId,
      name: to.name,
      assignment: step.assignment + 1,
      ...(change.fresh ? { activatedAt: env.at, lastRemindedAt: null } : {}),
    },
  );
  if (!moved) return false;
  await insertDecision(tx, {
    requestId: view.id,
    stepIdx: idx,
    action: 'reassign',
    actorOpenId: 'system',
    actorName: '系统',
    toOpenId: to.openId,
    toName: to.name,
    comment: change.comment,
    at: env.at,
  });
  await auditRequest(tx, env, 'system', 'reassigned', view.id, {
    step: idx,
    why: change.why,
    from: { personId: step.personId, name: step.name },
    to: { personId: to.id, name: to.name },
  });
  return true;
}

/**
 * The chain was fixed at submission; if the step's approver has since left the directory, the
 * step passes to their superior. Returns true when it did.
 */
export async function reassignIfDeparted(
  tx: Tx,
  env: ActionContext,
  view: RequestView,
  idx: number,
): Promise<boolean> {
  const step = view.steps[idx];
  if (!step || env.directory.people.some((p) => p.id === step.personId)) return false;
  const superior = successorOf(env.directory, view, idx);
  if (!superior) {
    env.services.log.error(
      { requestId: view.id, step: idx },
      'approver left and no superior is in the directory',
    );
    return false;
  }
  const comment = `原审批人${step.name}已不在本局通讯录，改由${superior.name}审批`;
  return handStepOver(tx, env, view, idx, superior, { comment, why: 'departed' });
}
