import type { Tx } from '../../../store/db.js';
import { loadView, updateOpenRequest } from '../store/request-repo.js';
import { updateStepIf } from '../store/step-repo.js';
import type { RequestView } from '../types.js';
import type { ActionContext } from '../../../app/action-context.js';
import { sendStepCards } from './outgoing.js';
import { reassignIfDeparted } from './reassign.js';
import { withRequest, withStep } from './view-after.js';

export async function reloadView(tx: Tx, id: string): Promise<RequestView> {
  const view = await loadView(tx, id);
  if (!view) throw new Error(`approval request ${id} vanished inside its own transaction`);
  return view;
}

/**
 * Makes a waiting step the current one: settles who holds it, then sends the cards. `known` is the
 * view as it stands in this transaction, if the caller has it; it is read afresh when someone had to
 * take the step over or an update did not land. Returns the view as it stands afterwards.
 */
export async function activateStep(
  tx: Tx,
  env: ActionContext,
  id: string,
  idx: number,
  known?: RequestView,
): Promise<RequestView> {
  const before = known ?? (await reloadView(tx, id));
  const reassigned = await reassignIfDeparted(tx, env, before, idx);
  const stepMoved = await updateStepIf(
    tx,
    id,
    idx,
    { status: 'waiting' },
    { status: 'pending', activatedAt: env.at },
  );
  const requestMoved = await updateOpenRequest(tx, id, { currentStep: idx, updatedAt: env.at });
  const view =
    reassigned || !stepMoved || !requestMoved
      ? await reloadView(tx, id)
      : withRequest(withStep(before, idx, { status: 'pending', activatedAt: env.at }), {
          currentStep: idx,
          updatedAt: env.at,
        });
  await sendStepCards(tx, env, view, idx);
  return view;
}
