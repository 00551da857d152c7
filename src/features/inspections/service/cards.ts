import { inspectionCard } from '../../../../cards/inspections/inspection.js';
import type { InspectionCardView } from '../../../../cards/inspections/view.js';
import { card, markdown, SUPERSEDED_NOTE, type Card } from '../../../../cards/kit.js';
import type { ActionContext } from '../../../app/action-context.js';
import type { Services } from '../../../app/services.js';
import { patchCard, sendTo } from '../../../app/replies.js';
import { formLink } from '../../../pages/forms/index.js';
import type { Tx } from '../../../store/db.js';
import { refreshApplicantCard } from '../../approvals/index.js';
import { cardsEverOn, openCardsOn, trackCard } from '../../../store/tracked-cards.js';
import { INSPECTION_CARD_KIND as KIND } from '../store/inspection-repo.js';
import type { Loaded } from './authorize.js';

/**
 * Makes the link key, the first time, in a write of its own: a step's transaction then only reads it
 * (a write inside another write would wait for itself). Call before the step's transaction.
 */
export async function readyNoticeLinks(services: Services): Promise<void> {
  await formLink(services, 'JC-0000-0000-0');
}

/** The card of one visit as it stands; fed back, it carries the 告知书's link. */
export async function cardOf(env: ActionContext, loaded: Loaded, notice?: string): Promise<Card> {
  const view: InspectionCardView = {
    record: loaded.record,
    unitName: loaded.plan.unit.name,
    referralId: loaded.referralId,
    ...(loaded.record.status === 'fed-back'
      ? { noticeLink: await formLink(env.services, loaded.record.code) }
      : {}),
    ...(notice ? { notice } : {}),
  };
  return inspectionCard(view);
}

/** Sends one person the visit's card under a new ref, kept up to date from then on. */
export async function sendInspectionCard(
  tx: Tx,
  env: ActionContext,
  loaded: Loaded,
  openId: string,
  notice?: string,
): Promise<void> {
  const code = loaded.record.code;
  const cardRef = `inspection:${code}:${(await cardsEverOn(tx, KIND, code)) + 1}`;
  await sendTo(tx, openId, await cardOf(env, loaded, notice), cardRef);
  await trackCard(tx, KIND, { cardRef, recipientOpenId: openId, sentAt: env.at, subjects: [code] });
}

/** A card a fresh one replaces (already retired) points to the fresh one while Lark still takes the patch. */
export async function supersede(tx: Tx, cardRef: string, openId: string, code: string): Promise<void> {
  await patchCard(tx, cardRef, openId, card(`检查记录 ${code}`, 'grey', [markdown(`${SUPERSEDED_NOTE}。`)]));
}

/**
 * After a step every open card of the visit is redrawn (the clicked one too: its answer and the patch agree), and so
 * is the applicant's card of the plan, which lists its visits.
 */
export async function refreshCards(tx: Tx, env: ActionContext, loaded: Loaded): Promise<void> {
  const fresh = await cardOf(env, loaded);
  for (const open of await openCardsOn(tx, KIND, loaded.record.code)) {
    await patchCard(tx, open.cardRef, open.recipientOpenId, fresh);
  }
  await refreshApplicantCard(tx, loaded.plan.id);
}
