import type { Directory, Person } from '../../../domain/org.js';
import type { Tx } from '../../../store/db.js';
import { insertDecision } from '../store/request-repo.js';
import { updateStepIf } from '../store/step-repo.js';
import type { RequestView } from '../types.js';
import { auditRequest } from './audit.js';
import type { ActionContext } from '../../../app/action-context.js';

/** Who takes over from someone who has left: the unit's 分管局长, then the 局长. */
function superiorOf(directory: Directory, unitId: string, departedId: string): Person | undefined {
  const unit = directory.units.find((u) => u.id === unitId);
  const candidates = [unit?.supervisor, directory.director];
  return candidates
    .filter((id): id is string => id !== undefined && id !== departedId)
    .map((id) => directory.people.find((p) => p.id === id))
    .find((p): p is Person => p !== undefined);
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
  const superior = superiorOf(env.directory, view.unit.id, step.personId);
  if (!superior) {
    env.services.log.error(
      { requestId: view.id, step: idx },
      'approver left and no superior is in the directory',
    );
    return false;
  }
  const moved = await updateStepIf(
    tx,
    view.id,
    idx,
    { status: step.status, assignment: step.assignment },
    { personId: superior.id, openId: superior.openId, name: superior.name, assignment: step.assignment + 1 },
  );
  if (!moved) return false;
  const comment = `原审批人${step.name}已不在本局通讯录，改由${superior.name}审批`;
  await insertDecision(tx, {
    requestId: view.id,
    stepIdx: idx,
    action: 'reassign',
    actorOpenId: 'system',
    actorName: '系统',
    toOpenId: superior.openId,
    toName: superior.name,
    comment,
    at: env.at,
  });
  await auditRequest(tx, env, 'system', 'reassigned', view.id, {
    step: idx,
    from: { personId: step.personId, name: step.name },
    to: { personId: superior.id, name: superior.name },
  });
  return true;
}
