import { approverCard } from '../../../../cards/approvals/approver.js';
import { applicantCard } from '../../../../cards/approvals/applicant.js';
import { recordCard } from '../../../../cards/approvals/record.js';
import type { Card } from '../../../../cards/kit.js';
import { patchCard, sendTo, type Reply } from '../../../app/replies.js';
import type { Reader, Tx } from '../../../store/db.js';
import { SUPERSEDED_NOTE } from '../../../../cards/kit.js';
import {
  cardCount,
  closeCards,
  heldCards,
  openCards,
  recordCard as rememberCard,
  retireCard,
} from '../store/card-repo.js';
import { activeDelegation } from '../store/delegation-repo.js';
import { loadView } from '../store/request-repo.js';
import type { RequestView } from '../types.js';
import type { ActionContext } from '../../../app/action-context.js';

/**
 * Transfer targets: everyone in the directory but the applicant and the present assignee, leaders
 * first. All of them: past one select's worth the card uses Lark's person picker (cards/approvals/pickers.ts).
 */
export function transferChoices(env: ActionContext, view: RequestView, idx: number) {
  const assignee = view.steps[idx]?.personId;
  const { directory } = env;
  const leaders = new Set([
    directory.director,
    ...directory.units.flatMap((u) => [u.head, ...(u.supervisor ? [u.supervisor] : [])]),
  ]);
  return directory.people
    .filter((p) => p.id !== view.applicant.personId && p.id !== assignee)
    .sort((a, b) => Number(leaders.has(b.id)) - Number(leaders.has(a.id)));
}

/** Each card gets its own reference, so a later patch or buzz reaches exactly that card. */
async function nextCardRef(db: Reader, view: RequestView, idx: number): Promise<string> {
  return `approval:${view.id}:step:${idx}:${(await cardCount(db, view.id, idx)) + 1}`;
}

/** A card a fresh one replaces becomes a record pointing to the fresh one, while Lark still takes the patch. */
export async function supersedeCard(tx: Tx, view: RequestView, cardRef: string, openId: string) {
  await patchCard(tx, cardRef, openId, recordCard(view, SUPERSEDED_NOTE));
}

/**
 * Sends the approver card for the step to one person, as a new message or as a reply. Their older
 * cards for the step become records, so each person holds one working card per step.
 */
export async function approverCardFor(
  tx: Tx,
  env: ActionContext,
  view: RequestView,
  idx: number,
  recipient: { openId: string; onBehalfOf?: string },
  deliver: (card: Reply, cardRef: string) => Promise<void> = (card, ref) =>
    sendTo(tx, recipient.openId, card, ref),
): Promise<void> {
  const card = approverCard({
    view,
    stepIdx: idx,
    people: transferChoices(env, view, idx),
    ...(recipient.onBehalfOf ? { onBehalfOf: recipient.onBehalfOf } : {}),
  });
  await deliverStepCard(tx, env, view, idx, recipient.openId, card, deliver);
}

/**
 * Delivers a card that acts on the step under a new ref of the step, so that the decision, by
 * whichever card, closes it with the others.
 */
export async function deliverStepCard(
  tx: Tx,
  env: ActionContext,
  view: RequestView,
  idx: number,
  openId: string,
  card: Card,
  deliver: (card: Reply, cardRef: string) => Promise<void>,
): Promise<void> {
  for (const old of await heldCards(tx, view.id, idx, openId)) {
    if (await retireCard(tx, old.cardRef)) await supersedeCard(tx, view, old.cardRef, openId);
  }
  const cardRef = await nextCardRef(tx, view, idx);
  await deliver(card, cardRef);
  await rememberCard(tx, {
    cardRef,
    requestId: view.id,
    stepIdx: idx,
    recipientOpenId: openId,
    sentAt: env.at,
  });
}

/** The step's assignee gets a card, and so does their stand-in when one is appointed for today. */
export async function sendStepCards(
  tx: Tx,
  env: ActionContext,
  view: RequestView,
  idx: number,
): Promise<void> {
  const step = view.steps[idx];
  if (!step) return;
  await approverCardFor(tx, env, view, idx, { openId: step.openId });
  const delegation = await activeDelegation(tx, step.personId, env.today);
  // Nobody stands in for a leader on their own request.
  if (
    delegation &&
    delegation.delegateOpenId !== step.openId &&
    delegation.delegateOpenId !== view.applicant.openId
  ) {
    await approverCardFor(tx, env, view, idx, { openId: delegation.delegateOpenId, onBehalfOf: step.name });
  }
}

/** Every open card of the step becomes a read-only record with `note` on top. */
export async function closeStepCards(tx: Tx, view: RequestView, idx: number, note: string): Promise<void> {
  const card = recordCard(view, note);
  for (const open of await openCards(tx, view.id, idx)) {
    await patchCard(tx, open.cardRef, open.recipientOpenId, card);
  }
  await closeCards(tx, view.id, idx);
}

/** The applicant's card always shows where the request stands; the text message makes them notice. */
export async function tellApplicant(tx: Tx, view: RequestView, text: string): Promise<void> {
  await patchCard(tx, view.applicantCardRef, view.applicant.openId, applicantCard(view));
  await sendTo(tx, view.applicant.openId, text);
}

/** Redraws the applicant's card when something it shows changed outside the request (a visit's status). */
export async function refreshApplicantCard(tx: Tx, requestId: string): Promise<void> {
  const view = await loadView(tx, requestId);
  if (view) await patchCard(tx, view.applicantCardRef, view.applicant.openId, applicantCard(view));
}
