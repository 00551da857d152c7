import { myRequestsCard } from '../../../../cards/approvals/my-requests.js';
import type { MessageIntent } from '../../../app/message-router.js';
import { actionContextOf } from '../../../app/action-context.js';
import { approverCardFor } from '../service/outgoing.js';
import { waitingOn, type Waiting } from '../service/waiting.js';
import { loadView, requestIdsOfApplicant } from '../store/request-repo.js';
import type { RequestView } from '../types.js';
import type { ActionContext } from '../../../app/action-context.js';
import type { MessageContext } from '../../../app/message-context.js';
import type { TodoSource } from '../../../app/todos.js';
import type { Tx } from '../../../store/db.js';
import { MY_REQUESTS, MY_TODO, NOTHING_WAITING } from './commands.js';

const MAX_TODO_CARDS = 10;
const MAX_LISTED = 20;

/** The waiting steps as 「我的待办」 shows them: a count, then a fresh approver card for each. */
export async function replyWithWaiting(
  ctx: MessageContext,
  tx: Tx,
  env: ActionContext,
  waiting: Waiting[],
  lead = '',
): Promise<void> {
  const me = ctx.identity.person;
  const more = waiting.length > MAX_TODO_CARDS ? `，以下为最早的${MAX_TODO_CARDS}项` : '';
  await ctx.reply(tx, `${lead}您当前有${waiting.length}项待审批事项${more}：`);
  for (const { view, step } of waiting.slice(0, MAX_TODO_CARDS)) {
    const onBehalfOf = step.personId === me.id ? {} : { onBehalfOf: step.name };
    await approverCardFor(tx, env, view, step.idx, { openId: me.openId, ...onBehalfOf }, (card, ref) =>
      ctx.reply(tx, card, ref),
    );
  }
}

/**
 * 「我的待办」: a fresh approver card for each step waiting on the asker or on a leader they stand in
 * for, then what the other features' sources add (draw results to enter, warnings to follow).
 */
export function todoIntentOf(sources: readonly TodoSource[]): MessageIntent {
  return {
    name: 'approval.todo',
    matches: (text) => MY_TODO.test(text),
    async handle(ctx) {
      const env = actionContextOf(ctx.services, ctx.directory);
      await ctx.commit(async (tx) => {
        const waiting = await waitingOn(tx, ctx.identity.person, env.today);
        if (waiting.length > 0) await replyWithWaiting(ctx, tx, env, waiting);
        let others = 0;
        for (const source of sources) others += await source.reply(ctx, tx, env);
        if (waiting.length === 0 && others === 0) await ctx.reply(tx, NOTHING_WAITING);
      });
    },
  };
}

/** 「我的申请」: the asker's requests with their status. */
export const myRequestsIntent: MessageIntent = {
  name: 'approval.mine',
  matches: (text) => MY_REQUESTS.test(text),
  async handle(ctx) {
    const { db } = ctx.services.store;
    const views: RequestView[] = [];
    for (const id of await requestIdsOfApplicant(db, ctx.msg.openId, MAX_LISTED)) {
      const view = await loadView(db, id);
      if (view) views.push(view);
    }
    await ctx.answer(myRequestsCard(views));
  },
};
