import { z } from 'zod';
import { applicantCard } from '../../../../cards/approvals/applicant.js';
import type { CardActionHandler } from '../../../app/card-router.js';
import { actionContextOf } from '../../../app/action-context.js';
import { formText } from '../../../app/form-values.js';
import { cancelBody } from '../input.js';
import { inspectionRefusal } from '../refusals.js';
import { cancelInspection } from '../service/steps.js';
import { answerWith, firstIssue, INVALID } from './actions.js';

/** From the visit's own card the visit is in the value; from the plan's card it is picked in the form. */
const cancelValue = z.union([z.object({ id: z.string().min(1) }), z.object({ plan: z.string().min(1) })]);

/**
 * 「取消检查」 on the inspector's card or on the applicant's card of the plan: the reason read as the
 * API body would be, then the API's own verb (who may, in which state, one transaction, an audit
 * record). The clicked card is answered as it now stands; the visit's other cards are patched.
 */
export const cancelAction: CardActionHandler = (ctx) => {
  const value = cancelValue.safeParse(ctx.action.value);
  if (!value.success) return Promise.resolve(INVALID);
  const plan = 'plan' in value.data ? value.data.plan : undefined;
  const code = 'id' in value.data ? value.data.id : formText(ctx.action.formValue, 'code');
  if (!code) return Promise.resolve(firstIssue([{ message: '请选择要取消的检查。' }]));
  const body = cancelBody.safeParse({
    by: ctx.action.operatorOpenId,
    reason: formText(ctx.action.formValue, 'reason') ?? '',
  });
  if (!body.success) return Promise.resolve(firstIssue(body.error.issues));
  const env = actionContextOf(ctx.services, ctx.directory);
  return answerWith(
    ctx,
    async (tx) => {
      // A code picked on one plan's card names a visit of that plan, not any visit.
      if (plan && !code.startsWith(`${plan}-`)) {
        throw inspectionRefusal('NOT_FOUND', `计划${plan}中没有检查${code}。`);
      }
      const loaded = await cancelInspection(tx, env, code, body.data);
      return { loaded, toast: `检查${code}已取消。` };
    },
    plan ? (_env, loaded) => Promise.resolve(applicantCard(loaded.plan)) : undefined,
  );
};
