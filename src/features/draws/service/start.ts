import type { Services } from '../../../app/services.js';
import { loadEnterprises } from '../../../directory/directory-repo.js';
import type { Directory } from '../../../domain/org.js';
import { actionContextOf } from '../../../app/action-context.js';
import type { ResolvedDraw } from '../input.js';
import { drawRefusal } from '../refusals.js';
import { drawIdForForm } from '../store/draw-repo.js';
import { loadDrawView, type DrawView } from '../view.js';
import { holdDraw, type DrawSource } from './hold.js';
import { requestRepeat, repeatNeedsReason, type RepeatRequestView } from './repeat.js';

export type { DrawSource } from './hold.js';

export type StartOutcome =
  | {
      kind: 'drawn';
      view: DrawView;
      /** False when this form had already held its draw. */
      created: boolean;
    }
  /** A repeat draw with a reason: sent to the unit head, not held until approved. */
  | { kind: 'repeat-requested'; request: RepeatRequestView };

/**
 * Holds a 双随机 draw and files its plans, all in one transaction: either the draw, its plans and
 * their audit rows all land, or nothing does. A repeat of an earlier draw of the unit is refused
 * without a reason, and with one becomes a request to the unit head instead of a draw.
 */
export async function startDraw(
  services: Services,
  directory: Directory,
  resolved: ResolvedDraw,
  from: DrawSource,
): Promise<StartOutcome> {
  const { store } = services;
  const env = actionContextOf(services, directory);
  const registry = await loadEnterprises(store.db);
  const held = await store.write(async (tx) => {
    const existing = from.formRef ? await drawIdForForm(tx, from.formRef) : undefined;
    if (existing) return { kind: 'held' as const, id: existing, created: false };
    const outcome = await holdDraw(tx, env, resolved, from, registry);
    if (outcome.kind === 'held') return { ...outcome, created: true };
    const reason = resolved.repeatReason;
    if (!reason) throw drawRefusal('REPEAT_NEEDS_APPROVAL', repeatNeedsReason(outcome.earlier));
    return {
      kind: 'requested' as const,
      request: await requestRepeat(tx, env, { ...resolved, repeatReason: reason }, outcome.earlier, from),
    };
  });
  if (held.kind === 'requested') return { kind: 'repeat-requested', request: held.request };
  const view = await loadDrawView(store.db, held.id);
  if (!view) throw new Error(`draw ${held.id} vanished after commit`);
  return { kind: 'drawn', view, created: held.created };
}
