import { z } from 'zod';
import { applicantCard } from '../../../../cards/approvals/applicant.js';
import type { CardActionHandler } from '../../../app/card-router.js';
import { remindApprover } from '../service/buzz.js';
import { actionContextOf } from '../../../app/action-context.js';
import { withdrawRequest } from '../service/withdraw.js';
import { toastOnRefusal } from '../../../app/refusal.js';

const requestValue = z.object({ id: z.string().min(1) });
const INVALID = { toast: { type: 'error' as const, content: '该卡片操作无效。' } };

/** 撤回 on the applicant's card. */
export const withdrawAction: CardActionHandler = ({ action, services, directory }) =>
  toastOnRefusal(async () => {
    const value = requestValue.safeParse(action.value);
    if (!value.success) return INVALID;
    const env = actionContextOf(services, directory);
    const view = await services.store.write((tx) =>
      withdrawRequest(tx, env, value.data.id, action.operatorOpenId),
    );
    return { toast: { type: 'success', content: `申请${view.id}已撤回。` }, card: applicantCard(view) };
  });

/** 催办 on the applicant's card. */
export const remindAction: CardActionHandler = ({ action, services, directory }) =>
  toastOnRefusal(async () => {
    const value = requestValue.safeParse(action.value);
    if (!value.success) return INVALID;
    const env = actionContextOf(services, directory);
    const step = await services.store.write((tx) =>
      remindApprover(tx, env, value.data.id, action.operatorOpenId),
    );
    return { toast: { type: 'success', content: `已提醒${step.name}尽快审批。` } };
  });
