import { z } from 'zod';
import type { CardActionHandler, CardResponse } from '../../../app/card-router.js';
import type { FollowUpHandler } from '../../../app/follow-ups.js';
import { followDecision, type DecidedJob } from '../service/follow-decision.js';
import { decideStep } from '../service/decide.js';
import { actionContextOf } from '../../../app/action-context.js';
import { transferStep } from '../service/transfer.js';
import { toastOnRefusal } from '../../../app/refusal.js';
import { formText } from '../../../app/form-values.js';

const stepValue = z.object({ id: z.string().min(1), step: z.coerce.number().int().min(0) });
const decideValue = stepValue.extend({ decision: z.enum(['approve', 'reject', 'return']) });

const INVALID = { toast: { type: 'error' as const, content: '该卡片操作无效。' } };

/** 同意 / 驳回 / 退回修改: the clicked card becomes the read-only record of the decision. */
export const decideAction: CardActionHandler = ({ action, services, directory, remember }) =>
  toastOnRefusal(async () => {
    const value = decideValue.safeParse(action.value);
    if (!value.success) return INVALID;
    const env = actionContextOf(services, directory);
    const comment = formText(action.formValue, 'comment');
    return services.store.write(async (tx) => {
      const { card } = await decideStep(tx, env, {
        id: value.data.id,
        stepIdx: value.data.step,
        decision: value.data.decision,
        operatorOpenId: action.operatorOpenId,
        ...(comment ? { comment } : {}),
      });
      const answer: CardResponse = { toast: { type: 'success', content: '审批意见已提交。' }, card };
      await remember(tx, answer);
      return answer;
    });
  });

/** What follows a decision, run by the inbox worker from the row the decision wrote. */
export const decisionFollowUp: FollowUpHandler = ({ services, directory, payload, done }) =>
  services.store.write(async (tx) => {
    await done(tx);
    await followDecision(tx, actionContextOf(services, directory), payload as DecidedJob);
  });

/** 转交: the person chosen in the card's select takes the step over. */
export const transferAction: CardActionHandler = ({ action, services, directory }) =>
  toastOnRefusal(async () => {
    const value = stepValue.safeParse(action.value);
    if (!value.success) return INVALID;
    const env = actionContextOf(services, directory);
    const comment = formText(action.formValue, 'comment');
    const { card, view } = await services.store.write((tx) =>
      transferStep(tx, env, {
        id: value.data.id,
        stepIdx: value.data.step,
        operatorOpenId: action.operatorOpenId,
        toOpenId: formText(action.formValue, 'transferTo') ?? '',
        ...(comment ? { comment } : {}),
      }),
    );
    const holder = view.steps[value.data.step]?.name ?? '';
    return { toast: { type: 'success', content: `已转交${holder}办理。` }, card };
  });
