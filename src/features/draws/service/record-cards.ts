import { randomUUID } from 'node:crypto';
import {
  awaitingValue,
  recordCard,
  recordedElsewhereCard,
  supersededRecordCard,
} from '../../../../cards/draws/record.js';
import type { ActionContext } from '../../../app/action-context.js';
import { trackedCardRenewal, type Renewed } from '../../../app/card-renewal.js';
import { patchCard, sendTo, type Reply } from '../../../app/replies.js';
import type { TodoSource } from '../../../app/todos.js';
import type { Reader, Tx } from '../../../store/db.js';
import {
  openCardsHeld,
  openCardsOn,
  retireTrackedCard,
  trackCard,
  type TrackedCard,
} from '../../../store/tracked-cards.js';
import { asAwaitingResult, awaitingFor, awaitingItems, type AwaitingItem } from './awaiting.js';

/** The tracked-card kind of 登记抽查结果 forms; a card's subjects are its enterprises as `drawId|uscc`. */
const KIND = 'draw-record';

export function recordCardRef(formRef: string): string {
  return `draw-record:${formRef}`;
}

/** The drawn inspections a person may record now, by open_id. */
export async function awaitingOf(db: Reader, env: ActionContext, openId: string): Promise<AwaitingItem[]> {
  const person = env.directory.people.find((p) => p.openId === openId);
  return person ? awaitingFor(env.directory, person.id, await awaitingItems(db)) : [];
}

export interface RecordCardOptions {
  formRef?: string;
  title?: string;
  intro?: string;
}

/**
 * Sends a person one form for every drawn inspection they may record and tracks it; their older
 * forms become records pointing to it, so each person holds one working form.
 */
export async function sendRecordCard(
  tx: Tx,
  env: ActionContext,
  openId: string,
  items: readonly AwaitingItem[],
  opts: RecordCardOptions = {},
  deliver: (card: Reply, cardRef: string) => Promise<void> = (card, ref) => sendTo(tx, openId, card, ref),
): Promise<void> {
  const awaiting = items.map(asAwaitingResult);
  for (const old of await openCardsHeld(tx, KIND, openId)) {
    if (await retireTrackedCard(tx, old.cardRef)) {
      await patchCard(tx, old.cardRef, openId, supersededRecordCard(awaiting, env.today));
    }
  }
  const { formRef = randomUUID(), ...texts } = opts;
  const cardRef = recordCardRef(formRef);
  await deliver(recordCard(formRef, awaiting, env.today, texts), cardRef);
  await trackCard(tx, KIND, {
    cardRef,
    recipientOpenId: openId,
    sentAt: env.at,
    subjects: awaiting.map(awaitingValue),
  });
}

/**
 * Once a drawn enterprise's result is published, in the same transaction: the form it was published
 * from (`formRef`) is let go, as the answer turned it into the confirmation, and the recorder's
 * remaining enterprises come on a fresh form; every other open form listing the enterprise drops it,
 * or, with nothing left, says who recorded it.
 */
export async function settleForms(
  tx: Tx,
  env: ActionContext,
  published: { subject: string; enterpriseName: string; recorderOpenId: string; recorderName: string },
  formRef?: string,
): Promise<void> {
  const clicked = formRef ? recordCardRef(formRef) : undefined;
  if (clicked && (await retireTrackedCard(tx, clicked))) {
    const left = await awaitingOf(tx, env, published.recorderOpenId);
    if (left.length > 0) await sendRecordCard(tx, env, published.recorderOpenId, left);
  }
  for (const card of await openCardsOn(tx, KIND, published.subject)) {
    const still = new Set(card.subjects);
    const left = (await awaitingOf(tx, env, card.recipientOpenId)).filter((a) =>
      still.has(awaitingValue(asAwaitingResult(a))),
    );
    if (left.length === 0) {
      await retireTrackedCard(tx, card.cardRef);
      const done = recordedElsewhereCard(published.enterpriseName, published.recorderName);
      await patchCard(tx, card.cardRef, card.recipientOpenId, done);
    } else {
      const ref = card.cardRef.slice(recordCardRef('').length);
      const form = recordCard(ref, left.map(asAwaitingResult), env.today);
      await patchCard(tx, card.cardRef, card.recipientOpenId, form);
    }
  }
}

async function renewOne(tx: Tx, env: ActionContext, card: TrackedCard): Promise<Renewed | false> {
  const mine = await awaitingOf(tx, env, card.recipientOpenId);
  // Conditional: another instance may have renewed it already.
  if (!(await retireTrackedCard(tx, card.cardRef)) || mine.length === 0) return false;
  await patchCard(
    tx,
    card.cardRef,
    card.recipientOpenId,
    supersededRecordCard(mine.map(asAwaitingResult), env.today),
  );
  await sendRecordCard(tx, env, card.recipientOpenId, mine);
  const enterprises = mine.map((m) => m.item.uscc);
  return {
    entity: 'draw',
    entityId: mine[0]?.draw.id ?? '',
    detail: { to: card.recipientOpenId, enterprises },
  };
}

/** For the scheduler: every result form sent more than `cards.refreshAfterDays` ago is renewed. */
const renewal = trackedCardRenewal('draw-card-renewal', KIND, renewOne);
export const renewAgingDrawCards = renewal.renew;
export const renewDrawCardsJob = renewal.job;

/** 「我的待办」: one fresh form for the drawn inspections the asker may record. */
export const drawTodos: TodoSource = {
  name: 'draws',
  async reply(ctx, tx, env) {
    const mine = await awaitingOf(tx, env, ctx.identity.person.openId);
    if (mine.length === 0) return 0;
    await ctx.reply(tx, `您当前有${mine.length}项待登记的双随机抽查结果：`);
    await sendRecordCard(tx, env, ctx.identity.person.openId, mine, {}, (card, ref) =>
      ctx.reply(tx, card, ref),
    );
    return mine.length;
  },
};
