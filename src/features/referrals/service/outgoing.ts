import type { Card } from '../../../../cards/kit.js';
import { patchCard, sendTo, type Reply } from '../../../app/replies.js';
import type { Tx } from '../../../store/db.js';
import { cardCount, closeCards, heldCards, openCards, rememberCard, retireCard } from '../store/card-repo.js';
import { isFinished, type ReferralView } from '../view.js';
import { cardFor, supersededCardFor, type CardOptions } from './cards.js';
import type { ActionContext } from '../../../app/action-context.js';

/** Each card gets its own reference, so a later change reaches exactly that card. */
async function nextCardRef(tx: Tx, id: string): Promise<string> {
  return `referral:${id}:${(await cardCount(tx, id)) + 1}`;
}

/** A card a fresh one replaces becomes a record pointing to the fresh one, while Lark still takes the patch. */
export function supersedeCard(
  tx: Tx,
  env: ActionContext,
  view: ReferralView,
  cardRef: string,
  openId: string,
): Promise<void> {
  return patchCard(tx, cardRef, openId, supersededCardFor(env.directory, view, openId));
}

/**
 * Sends a person the card they should hold for the referral, and keeps it up to date from then on.
 * Their older cards for it become records pointing to this one: one working card per person.
 */
export async function sendCard(
  tx: Tx,
  env: ActionContext,
  view: ReferralView,
  openId: string,
  opts: CardOptions = {},
  deliver: (card: Reply, cardRef: string) => Promise<void> = (card, ref) => sendTo(tx, openId, card, ref),
): Promise<void> {
  await deliverCard(tx, env, view, openId, cardFor(env.directory, view, openId, opts), deliver);
}

/**
 * Delivers a card for the referral under a new ref, kept up to date with the referral's other cards;
 * the person's older cards for it become records pointing to this one.
 */
export async function deliverCard(
  tx: Tx,
  env: ActionContext,
  view: ReferralView,
  openId: string,
  card: Card,
  deliver: (card: Reply, cardRef: string) => Promise<void>,
): Promise<void> {
  for (const old of await heldCards(tx, view.id, openId)) {
    if (await retireCard(tx, old)) await supersedeCard(tx, env, view, old, openId);
  }
  const cardRef = await nextCardRef(tx, view.id);
  await deliver(card, cardRef);
  await rememberCard(tx, { cardRef, referralId: view.id, recipientOpenId: openId, sentAt: env.at });
}

/** Keeps a card sent under another reference (the sender's confirmation card) up to date too. */
export function trackCard(
  tx: Tx,
  env: ActionContext,
  view: ReferralView,
  cardRef: string,
  openId: string,
): Promise<void> {
  return rememberCard(tx, { cardRef, referralId: view.id, recipientOpenId: openId, sentAt: env.at });
}

/** Every open card of the referral is redrawn for its holder; once finished they stay as they are. */
export async function refreshCards(tx: Tx, env: ActionContext, view: ReferralView): Promise<void> {
  for (const open of await openCards(tx, view.id)) {
    await patchCard(
      tx,
      open.cardRef,
      open.recipientOpenId,
      cardFor(env.directory, view, open.recipientOpenId),
    );
  }
  if (isFinished(view)) await closeCards(tx, view.id);
}

export function tellSender(tx: Tx, view: ReferralView, text: string): Promise<void> {
  return sendTo(tx, view.sender.openId, text);
}
