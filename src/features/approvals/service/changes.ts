import type { ActionContext } from '../../../app/action-context.js';
import type { Services } from '../../../app/services.js';
import type { Tx } from '../../../store/db.js';

/** Told, inside the transaction of the change, that a request now stands differently. */
export type RequestChangeHook = (tx: Tx, env: ActionContext, requestId: string) => Promise<void>;

/** Per runtime (its Services), so that bots started side by side in one process keep their own. */
const hooks = new WeakMap<Services, RequestChangeHook[]>();

/**
 * How another feature follows requests (the approval center keeps its copy so) without approvals
 * knowing it: each verb calls `requestChanged` as its last write.
 */
export function onRequestChanged(services: Services, hook: RequestChangeHook): void {
  hooks.set(services, [...(hooks.get(services) ?? []), hook]);
}

export async function requestChanged(tx: Tx, env: ActionContext, requestId: string): Promise<void> {
  for (const hook of hooks.get(env.services) ?? []) await hook(tx, env, requestId);
}
