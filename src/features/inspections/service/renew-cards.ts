import { actionContextOf, type ActionContext } from '../../../app/action-context.js';
import type { Services } from '../../../app/services.js';
import { loadDirectory } from '../../../directory/directory-repo.js';
import { CARD_LIFETIME_DAYS, isAging, refreshCutoff } from '../../../domain/card-age.js';
import type { PeriodicJob } from '../../../scheduler.js';
import { loadRefreshAfterDays } from '../../../store/card-settings.js';
import type { Tx } from '../../../store/db.js';
import { agingCards, retireCard, type AgingCard } from '../store/card-repo.js';
import { auditInspection } from './audit.js';
import { loadOrFail, type Loaded } from './authorize.js';
import { readyNoticeLinks, sendInspectionCard, supersede } from './cards.js';

/** A card still has something to do while the visit waits for a result, feedback or a referral. */
function actionable(loaded: Loaded): boolean {
  const { status, result } = loaded.record;
  if (status === 'planned' || status === 'done') return true;
  return status === 'fed-back' && result?.outcome === 'issue-found' && !loaded.referralId;
}

/** As for approval and referral cards: a card its holder can still act on is replaced before 14 days. */
async function renewOne(tx: Tx, env: ActionContext, card: AgingCard, expired: string): Promise<boolean> {
  const loaded = await loadOrFail(tx, card.inspectionCode).catch(() => undefined);
  if (!loaded || !actionable(loaded)) {
    if (!loaded || isAging(card.sentAt, expired)) await retireCard(tx, card.cardRef);
    return false;
  }
  // Conditional: another instance may have renewed it already.
  if (!(await retireCard(tx, card.cardRef))) return false;
  await supersede(tx, card.cardRef, card.recipientOpenId, card.inspectionCode);
  await sendInspectionCard(tx, env, loaded, card.recipientOpenId);
  await auditInspection(tx, env, 'system', 'card-renewed', card.inspectionCode, {
    to: card.recipientOpenId,
    from: card.cardRef,
  });
  return true;
}

export async function renewAgingInspectionCards(services: Services): Promise<string[]> {
  const directory = await loadDirectory(services.store.db);
  if (!directory) return [];
  const env = actionContextOf(services, directory);
  const now = new Date(env.at);
  const cutoff = refreshCutoff(now, await loadRefreshAfterDays(services.store.db));
  const expired = refreshCutoff(now, CARD_LIFETIME_DAYS);
  await readyNoticeLinks(services);
  const renewed: string[] = [];
  for (const card of await agingCards(services.store.db, cutoff)) {
    if (await services.store.write((tx) => renewOne(tx, env, card, expired))) renewed.push(card.cardRef);
  }
  services.kickOutbox();
  return renewed;
}

export const renewInspectionCardsJob: PeriodicJob = {
  name: 'inspection-card-renewal',
  run: async (services) => {
    await renewAgingInspectionCards(services);
  },
};
