import type { ActionContext } from '../../../app/action-context.js';
import { renewAgingCards } from '../../../app/card-renewal.js';
import type { Services } from '../../../app/services.js';
import { isAging } from '../../../domain/card-age.js';
import { isOverdue } from '../../../domain/referrals/lifecycle.js';
import type { PeriodicJob } from '../../../scheduler.js';
import type { Tx } from '../../../store/db.js';
import { agingCards, retireCard, type AgingCard } from '../store/card-repo.js';
import { loadReferral } from '../store/referral-repo.js';
import { isFinished } from '../view.js';
import { auditReferral } from './audit.js';
import { actionOf } from './cards.js';
import { sendCard, supersedeCard } from './outgoing.js';

/**
 * A holder who can act on the referral gets a fresh card; a card that only reads is let go once Lark
 * no longer takes its patches (`expired` is the 14-day cutoff). True when a fresh card was sent.
 */
async function renewOne(tx: Tx, env: ActionContext, card: AgingCard, expired: string): Promise<boolean> {
  const view = await loadReferral(tx, card.referralId);
  if (!view || isFinished(view)) {
    await retireCard(tx, card.cardRef);
    return false;
  }
  if (!actionOf(env.directory, view, card.recipientOpenId)) {
    if (isAging(card.sentAt, expired)) await retireCard(tx, card.cardRef);
    return false;
  }
  // Conditional: another instance may have renewed it already.
  if (!(await retireCard(tx, card.cardRef))) return false;
  await supersedeCard(tx, env, view, card.cardRef, card.recipientOpenId);
  const overdue =
    view.status === 'rectifying' && !!view.deadline && isOverdue(view.status, view.deadline, env.today);
  await sendCard(tx, env, view, card.recipientOpenId, overdue ? { overdue: true } : {});
  await auditReferral(tx, env, 'system', 'card-renewed', view.id, {
    to: card.recipientOpenId,
    from: card.cardRef,
  });
  return true;
}

/**
 * For the scheduler: every open referral card whose holder can still act and that was sent more than
 * `cards.refreshAfterDays` ago is replaced by a fresh one; each card in its own transaction.
 */
export function renewAgingReferralCards(services: Services): Promise<string[]> {
  return renewAgingCards(
    services,
    ({ cutoff }) => agingCards(services.store.db, cutoff),
    (tx, { env, expired }, card) => renewOne(tx, env, card, expired),
    (card) => card.cardRef,
  );
}

export const renewReferralCardsJob: PeriodicJob = {
  name: 'referral-card-renewal',
  run: async (services) => {
    await renewAgingReferralCards(services);
  },
};
