import type { Tx } from '../../../store/db.js';
import { loadView, updateOpenRequest } from '../store/request-repo.js';
import { updateStepIf } from '../store/step-repo.js';
import type { RequestView } from '../types.js';
import type { Env } from '../../../app/action-env.js';
import { sendStepCards } from './outgoing.js';
import { reassignIfDeparted } from './reassign.js';

export async function reloadView(tx: Tx, id: string): Promise<RequestView> {
  const view = await loadView(tx, id);
  if (!view) throw new Error(`approval request ${id} vanished inside its own transaction`);
  return view;
}

/**
 * Makes a waiting step the current one: settles who holds it, then sends the cards. `known` is a view
 * the caller already read in this transaction; only step `idx` is taken from it, which nothing
 * touches before it is activated. Returns the view as it stands afterwards.
 */
export async function activateStep(
  tx: Tx,
  env: Env,
  id: string,
  idx: number,
  known?: RequestView,
): Promise<RequestView> {
  await reassignIfDeparted(tx, env, known ?? (await reloadView(tx, id)), idx);
  await updateStepIf(tx, id, idx, { status: 'waiting' }, { status: 'pending', activatedAt: env.at });
  await updateOpenRequest(tx, id, { currentStep: idx, updatedAt: env.at });
  const view = await reloadView(tx, id);
  await sendStepCards(tx, env, view, idx);
  return view;
}
