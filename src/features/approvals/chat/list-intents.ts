import { myRequestsCard } from '../../../../cards/approvals/my-requests.js';
import type { MessageIntent } from '../../../app/message-router.js';
import { actionContextOf } from '../../../app/action-context.js';
import { approverCardFor } from '../service/outgoing.js';
import { principalsOf } from '../store/delegation-repo.js';
import { loadView, requestIdsOfApplicant } from '../store/request-repo.js';
import { pendingStepsOf } from '../store/step-repo.js';
import type { RequestView, StepView } from '../types.js';
import { MY_REQUESTS, MY_TODO } from './commands.js';

const MAX_TODO_CARDS = 10;
const MAX_LISTED = 20;

/** 「我的待办」: a fresh approver card for each step waiting on the asker or on a leader they stand in for. */
export const todoIntent: MessageIntent = {
  name: 'approval.todo',
  matches: (text) => MY_TODO.test(text),
  async handle(ctx) {
    const env = actionContextOf(ctx.services, ctx.directory);
    const me = ctx.identity.person;
    await ctx.commit(async (tx) => {
      const principals = await principalsOf(tx, me.id, env.today);
      const waiting: { view: RequestView; step: StepView }[] = [];
      for (const { requestId, idx } of await pendingStepsOf(tx, [me.id, ...principals])) {
        const view = await loadView(tx, requestId);
        const step = view?.steps[idx];
        // A stand-in never decides on their own request.
        if (view && step && (step.personId === me.id || view.applicant.personId !== me.id)) {
          waiting.push({ view, step });
        }
      }
      if (waiting.length === 0) {
        await ctx.reply(tx, '您当前没有待审批事项。');
        return;
      }
      const more = waiting.length > MAX_TODO_CARDS ? `，以下为最早的${MAX_TODO_CARDS}项` : '';
      await ctx.reply(tx, `您当前有${waiting.length}项待审批事项${more}：`);
      for (const { view, step } of waiting.slice(0, MAX_TODO_CARDS)) {
        const onBehalfOf = step.personId === me.id ? {} : { onBehalfOf: step.name };
        await approverCardFor(tx, env, view, step.idx, { openId: me.openId, ...onBehalfOf }, (card, ref) =>
          ctx.reply(tx, card, ref),
        );
      }
    });
  },
};

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
