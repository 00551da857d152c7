import type { Tx } from '../../../store/db.js';
import { loadView, updateOpenRequest } from '../store/request-repo.js';
import { updateStepIf } from '../store/step-repo.js';
import type { RequestView } from '../types.js';
import type { Env } from './env.js';
import { sendStepCards } from './outgoing.js';
import { reassignIfDeparted } from './reassign.js';

async function reload(tx: Tx, id: string): Promise<RequestView> {
  const view = await loadView(tx, id);
  if (!view) throw new Error(`approval request ${id} vanished inside its own transaction`);
  return view;
}

/** Makes a waiting step the current one: settles who holds it, then sends the cards. */
export async function activateStep(tx: Tx, env: Env, id: string, idx: number): Promise<RequestView> {
  if (await reassignIfDeparted(tx, env, await reload(tx, id), idx)) {
    env.services.log.info({ requestId: id, step: idx }, 'step reassigned on activation');
  }
  await updateStepIf(tx, id, idx, { status: 'waiting' }, { status: 'pending', activatedAt: env.at });
  await updateOpenRequest(tx, id, { currentStep: idx, updatedAt: env.at });
  const view = await reload(tx, id);
  await sendStepCards(tx, env, view, idx);
  return view;
}

export { reload as reloadView };
