import type { MessageContext } from '../../../app/message-context.js';
import type { MessageIntent } from '../../../app/message-router.js';
import type { Tx } from '../../../store/db.js';
import { commitOrRefuse } from '../../../app/card-replies.js';
import { remindApprover } from '../service/buzz.js';
import { actionContextOf } from '../../../app/action-context.js';
import { withdrawRequest } from '../service/withdraw.js';
import { BUZZ, requestIdIn, WITHDRAW } from './commands.js';

/** Runs the verb and its reply in the message's one transaction; a refusal is answered instead. */
export function commitOrExplain(ctx: MessageContext, run: (tx: Tx) => Promise<string>): Promise<void> {
  return commitOrRefuse(ctx, async (tx) => ctx.reply(tx, await run(tx)));
}

/** 「撤回 JC-2026-0001」 */
export const withdrawIntent: MessageIntent = {
  name: 'approval.withdraw',
  matches: (text) => WITHDRAW.test(text),
  handle: (ctx) =>
    commitOrExplain(ctx, async (tx) => {
      const id = requestIdIn(WITHDRAW, ctx.msg.text) ?? '';
      const view = await withdrawRequest(
        tx,
        actionContextOf(ctx.services, ctx.directory),
        id,
        ctx.msg.openId,
      );
      return `申请${view.id}已撤回，审批人的待办卡片已同步失效。`;
    }),
};

/** 「催办 JC-2026-0001」 */
export const buzzIntent: MessageIntent = {
  name: 'approval.buzz',
  matches: (text) => BUZZ.test(text),
  handle: (ctx) =>
    commitOrExplain(ctx, async (tx) => {
      const id = requestIdIn(BUZZ, ctx.msg.text) ?? '';
      const step = await remindApprover(tx, actionContextOf(ctx.services, ctx.directory), id, ctx.msg.openId);
      return `已提醒${step.name}（${step.roleLabel}）尽快审批申请${id}。`;
    }),
};
