import type { ActionContext } from '../../../app/action-context.js';
import { trackedCardRenewal, type Renewed, type RenewalRun } from '../../../app/card-renewal.js';
import { isAging } from '../../../domain/card-age.js';
import type { Tx } from '../../../store/db.js';
import { retireTrackedCard, type TrackedCard } from '../../../store/tracked-cards.js';
import { INSPECTION_CARD_KIND } from '../store/inspection-repo.js';
import { loadOrFail, type Loaded } from './authorize.js';
import { readyNoticeLinks, sendInspectionCard, supersede } from './cards.js';

/** A card still has something to do while the visit waits for a result, feedback or a referral. */
function actionable(loaded: Loaded): boolean {
  const { status, result } = loaded.record;
  if (status === 'planned' || status === 'done') return true;
  return status === 'fed-back' && result?.outcome === 'issue-found' && !loaded.referralId;
}

/**
 * A card its holder can still act on is replaced before 14 days; one with nothing left to do stays
 * open for the patches that keep it current until Lark would refuse them.
 */
async function renewOne(
  tx: Tx,
  env: ActionContext,
  card: TrackedCard,
  { expired }: RenewalRun,
): Promise<Renewed | false> {
  const code = card.subjects[0] ?? '';
  const loaded = await loadOrFail(tx, code).catch(() => undefined);
  if (!loaded || !actionable(loaded)) {
    if (!loaded || isAging(card.sentAt, expired)) await retireTrackedCard(tx, card.cardRef);
    return false;
  }
  // Conditional: another instance may have renewed it already.
  if (!(await retireTrackedCard(tx, card.cardRef))) return false;
  await supersede(tx, card.cardRef, card.recipientOpenId, code);
  await sendInspectionCard(tx, env, loaded, card.recipientOpenId);
  return { entity: 'inspection', entityId: code, detail: { to: card.recipientOpenId } };
}

/** For the scheduler: every visit card sent more than `cards.refreshAfterDays` ago is renewed. */
const renewal = trackedCardRenewal(
  'inspection-card-renewal',
  INSPECTION_CARD_KIND,
  renewOne,
  readyNoticeLinks,
);
export const renewAgingInspectionCards = renewal.renew;
export const renewInspectionCardsJob = renewal.job;
