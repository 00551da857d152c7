import { supersededWarningCard, warningCard } from '../../../../cards/prevention/warning.js';
import type { ActionContext } from '../../../app/action-context.js';
import { trackedCardRenewal, type Renewed } from '../../../app/card-renewal.js';
import { patchCard, sendTo, type Reply } from '../../../app/replies.js';
import type { TodoSource } from '../../../app/todos.js';
import { isOpenWarning } from '../../../domain/prevention/index.js';
import type { Tx } from '../../../store/db.js';
import {
  closeCardsOn,
  openCardsHeld,
  openCardsOn,
  retireTrackedCard,
  trackCard,
  type TrackedCard,
} from '../../../store/tracked-cards.js';
import { findWarning, openWarningsOfBranches, type WarningRow } from '../store/warning-repo.js';
import { headOf } from './people.js';

/** The tracked-card kind of the branch's warning cards. */
const KIND = 'warning';

const MAX_TODO_CARDS = 10;

const isOpen = (row: WarningRow) => isOpenWarning(row.status);

/**
 * Sends a person the warning card they should hold and tracks it; their older cards for the
 * warning become records pointing to it: one working card per person.
 */
export async function sendWarningCard(
  tx: Tx,
  env: ActionContext,
  row: WarningRow,
  openId: string,
  opts: { notice?: string } = {},
  deliver: (card: Reply, cardRef: string) => Promise<void> = (card, ref) => sendTo(tx, openId, card, ref),
): Promise<void> {
  for (const old of await openCardsHeld(tx, KIND, openId)) {
    if (old.subjects.includes(row.id) && (await retireTrackedCard(tx, old.cardRef))) {
      await patchCard(tx, old.cardRef, openId, supersededWarningCard(row));
    }
  }
  const cardRef = `warning:${row.id}@${env.at}`;
  await deliver(warningCard(row, opts), cardRef);
  await trackCard(tx, KIND, { cardRef, recipientOpenId: openId, sentAt: env.at, subjects: [row.id] });
}

/** Brings every open card of the warning up to date; once it is closed they are let go. */
export async function refreshWarningCards(tx: Tx, row: WarningRow): Promise<void> {
  for (const card of await openCardsOn(tx, KIND, row.id)) {
    await patchCard(tx, card.cardRef, card.recipientOpenId, warningCard(row));
  }
  if (!isOpen(row)) await closeCardsOn(tx, KIND, row.id);
}

async function renewOne(tx: Tx, env: ActionContext, card: TrackedCard): Promise<Renewed | false> {
  const row = await findWarning(tx, card.subjects[0] ?? '');
  if (!row || !isOpen(row)) {
    await retireTrackedCard(tx, card.cardRef);
    return false;
  }
  const head = headOf(
    env.directory,
    env.directory.units.find((u) => u.id === row.branchId),
  );
  // Conditional: another instance may have renewed it already.
  if (!(await retireTrackedCard(tx, card.cardRef))) return false;
  await patchCard(tx, card.cardRef, card.recipientOpenId, supersededWarningCard(row));
  if (!head) return false;
  await sendWarningCard(tx, env, row, head.openId);
  return { entity: 'warning', entityId: row.id, detail: { to: head.openId } };
}

/** For the scheduler: every open warning's card sent more than `cards.refreshAfterDays` ago is renewed. */
const renewal = trackedCardRenewal('warning-card-renewal', KIND, renewOne);
export const renewAgingWarningCards = renewal.renew;
export const renewWarningCardsJob = renewal.job;

/** 「我的待办」: a fresh card for each open warning of the branches the asker heads. */
export const warningTodos: TodoSource = {
  name: 'warnings',
  async reply(ctx, tx, env) {
    const headed = env.directory.units.filter((u) => u.head === ctx.identity.person.id).map((u) => u.id);
    const rows = await openWarningsOfBranches(tx, headed);
    if (rows.length === 0) return 0;
    const more = rows.length > MAX_TODO_CARDS ? `，以下为最早的${MAX_TODO_CARDS}项` : '';
    await ctx.reply(tx, `您当前有${rows.length}项待跟进的预警提醒${more}：`);
    for (const row of rows.slice(0, MAX_TODO_CARDS)) {
      await sendWarningCard(tx, env, row, ctx.identity.person.openId, {}, (card, ref) =>
        ctx.reply(tx, card, ref),
      );
    }
    return rows.length;
  },
};
