import { z } from 'zod';
import type { CardActionHandler, CardResponse } from '../../../app/card-router.js';
import { actionContextOf, type ActionContext } from '../../../app/action-context.js';
import { day, formText, list } from '../../../app/form-values.js';
import { toastOnRefusal } from '../../../app/refusal.js';
import { loadEnterprises } from '../../../directory/directory-repo.js';
import { VIOLATION_TYPES } from '../../../domain/referrals/annex3.js';
import type { Card } from '../../../../cards/kit.js';
import type { Tx } from '../../../store/db.js';
import { feedbackBody, resultBody } from '../input.js';
import type { Loaded } from '../service/authorize.js';
import { cardOf, readyNoticeLinks } from '../service/cards.js';
import { referFinding } from '../service/refer.js';
import { recordFeedback, recordResult } from '../service/steps.js';

const idValue = z.object({ id: z.string().min(1) });
const referValue = idValue.extend({ opinion: z.enum(['verify', 'file-case']) });
export const INVALID: CardResponse = { toast: { type: 'error', content: '该卡片操作无效。' } };

export function firstIssue(issues: readonly { message: string }[]): CardResponse {
  return { toast: { type: 'error', content: issues[0]?.message ?? '请完整填写表单。' } };
}

/**
 * Runs a step from the card in one transaction whose last write keeps the answer, so a retried or
 * doubled click gets the first answer and a second person is told what the first did.
 */
export function answerWith(
  ctx: Parameters<CardActionHandler>[0],
  run: (tx: Tx) => Promise<{ loaded: Loaded; toast: string }>,
  draw: (env: ActionContext, loaded: Loaded) => Promise<Card> = cardOf,
): Promise<CardResponse> {
  const env = actionContextOf(ctx.services, ctx.directory);
  return toastOnRefusal(async () => {
    await readyNoticeLinks(ctx.services);
    return ctx.services.store.write(async (tx) => {
      const { loaded, toast } = await run(tx);
      const answer: CardResponse = {
        toast: { type: 'success', content: toast },
        card: await draw(env, loaded),
      };
      await ctx.remember(tx, answer);
      return answer;
    });
  });
}

type FormStep<S extends z.ZodType> = (
  tx: Tx,
  env: ActionContext,
  code: string,
  input: z.infer<S>,
) => Promise<Loaded>;

/** A card form that takes one step: the form read as the API body would be, then the same verb. */
function formAction<S extends z.ZodType>(
  schema: S,
  read: (fv: Record<string, unknown>) => Record<string, unknown>,
  step: FormStep<S>,
  toast: string,
): CardActionHandler {
  return (ctx) => {
    const value = idValue.safeParse(ctx.action.value);
    if (!value.success) return Promise.resolve(INVALID);
    const body = schema.safeParse({ by: ctx.action.operatorOpenId, ...read(ctx.action.formValue) });
    if (!body.success) return Promise.resolve(firstIssue(body.error.issues));
    const env = actionContextOf(ctx.services, ctx.directory);
    return answerWith(ctx, async (tx) => ({
      loaded: await step(tx, env, value.data.id, body.data),
      toast,
    }));
  };
}

/** 「登记检查结果」 on the inspector's card. */
export const resultAction = formAction(
  resultBody,
  (fv) => ({
    date: day(fv.date) ?? '',
    outcome: formText(fv, 'outcome') ?? '',
    findings: formText(fv, 'findings') ?? '',
    methods: list(fv.methods),
  }),
  recordResult,
  '检查结果已登记，请及时向企业反馈。',
);

/** 「反馈企业」 on the same card once the result is in. */
export const feedbackAction = formAction(
  feedbackBody,
  (fv) => ({
    date: day(fv.date) ?? '',
    means: formText(fv, 'means') ?? '',
    content: formText(fv, 'content') ?? '',
  }),
  recordFeedback,
  '已记录向企业反馈的情况。',
);

/** 「移送线索」 / 「建议立案」 after 发现问题: a referral (附件3) prefilled from the visit. */
export const referAction: CardActionHandler = async (ctx) => {
  const value = referValue.safeParse(ctx.action.value);
  if (!value.success) return INVALID;
  const violations = z.array(z.enum(VIOLATION_TYPES)).min(1).safeParse(list(ctx.action.formValue.violations));
  if (!violations.success) return { toast: { type: 'error', content: '请选择违法类型。' } };
  const env = actionContextOf(ctx.services, ctx.directory);
  const enterprises = await loadEnterprises(ctx.services.store.db);
  return answerWith(ctx, async (tx) => {
    const { loaded, referralId } = await referFinding(
      tx,
      env,
      value.data.id,
      { by: ctx.action.operatorOpenId, violations: violations.data, opinion: value.data.opinion },
      enterprises,
    );
    return { loaded, toast: `已移送线索，编号${referralId}。` };
  });
};
