import { z } from 'zod';
import { recordedCard } from '../../../../cards/draws/record.js';
import { actionContextOf } from '../../../app/action-context.js';
import type { CardActionHandler } from '../../../app/card-router.js';
import type { MessageIntent } from '../../../app/message-router.js';
import { isOutcome } from '../../../domain/draws/index.js';
import { awaitingOf, sendRecordCard } from '../service/record-cards.js';
import { recordResult } from '../service/record.js';
import { toastOnRefusal } from '../../../app/refusal.js';

const RECORD = /^(登记)?(双随机)?抽查结果[。！!]?$/;

/** 「登记抽查结果」: the drawn inspections this person may record, in one form. */
export const recordIntent: MessageIntent = {
  name: 'draw.record',
  matches: (text) => RECORD.test(text),
  async handle(ctx) {
    const env = actionContextOf(ctx.services, ctx.directory);
    await ctx.commit(async (tx) => {
      const mine = await awaitingOf(tx, env, ctx.identity.person.openId);
      if (mine.length === 0) await ctx.reply(tx, '目前没有待您登记结果的双随机抽查。');
      else
        await sendRecordCard(tx, env, ctx.identity.person.openId, mine, {}, (c, ref) =>
          ctx.reply(tx, c, ref),
        );
    });
  },
};

const recordValue = z.object({ form: z.string().min(1) });

function field(fv: Record<string, unknown>, name: string): string {
  const value = fv[name];
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * 登记并公开: publishes the chosen enterprise's result and turns the form into a confirmation; what
 * the recorder still has to record comes on a fresh form.
 */
export const recordAction: CardActionHandler = async ({ action, services, directory, identity }) => {
  const value = recordValue.safeParse(action.value);
  if (!value.success) {
    return { toast: { type: 'error', content: '该卡片操作无效，请重新发起。' } };
  }
  const fv = action.formValue;
  const [drawId, uscc] = field(fv, 'item').split('|');
  const outcome = field(fv, 'outcome');
  const inspectedOn = field(fv, 'inspectedOn').slice(0, 10);
  if (!drawId || !uscc || !isOutcome(outcome) || !inspectedOn) {
    return { toast: { type: 'error', content: '请选择抽查企业、检查结果并填写检查日期。' } };
  }
  return toastOnRefusal(async () => {
    const { view, item } = await recordResult(
      services,
      directory,
      identity.person.openId,
      { drawId, uscc, outcome, inspectedOn, note: field(fv, 'note') },
      'chat',
      value.data.form,
    );
    return {
      toast: { type: 'success', content: `${item.enterpriseName}的抽查结果已公开。` },
      card: recordedCard(view, item),
    };
  });
};
