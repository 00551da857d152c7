import { z } from 'zod';
import type { FieldError } from './issues.js';
import { isIsoDate } from './dates.js';

/**
 * What each case stage of 第14条 (立案—查处—整改—验收—销号) must record before the case enters it.
 * Inputs come from cards as loose JSON, so they are parsed, and every problem is reported against
 * its field in Chinese.
 */

const required = (message: string) => z.string({ error: message }).trim().min(1, { error: message });

const optionalText = z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().optional());

const amount = z.preprocess(
  (v) => (v === '' || v === null ? undefined : typeof v === 'string' ? Number(v) : v),
  z.number({ error: '罚款金额应为数字。' }).nonnegative({ error: '罚款金额不能为负数。' }).optional(),
);

export const OUTCOMES = ['penalty', 'no-penalty', 'no-violation'] as const;
export type Outcome = (typeof OUTCOMES)[number];

const filed = z.object({ caseNumber: required('请填写立案编号。') });

const investigated = z
  .object({
    outcome: z.enum(OUTCOMES, { error: '请选择查处结果：予以处罚、不予处罚或未发现违法。' }),
    note: optionalText,
    penaltyAmount: amount,
  })
  .superRefine((v, ctx) => {
    if (!v.note && v.outcome === 'no-penalty') {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: '请说明不予处罚的依据（第13条）。',
        params: { clause: '13' },
      });
    } else if (!v.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: '请填写查处情况说明。' });
    }
    if (v.outcome !== 'penalty' && v.penaltyAmount) {
      ctx.addIssue({ code: 'custom', path: ['penaltyAmount'], message: '未予处罚的，不应填写罚款金额。' });
    }
  });

const rectifying = z.object({
  measures: required('请填写整改措施。不予处罚的也须责令改正，确保免罚不免责（第14条）。'),
  deadline: required('请填写整改期限（YYYY-MM-DD）。').refine(isIsoDate, {
    error: '整改期限应为有效日期，格式为YYYY-MM-DD。',
  }),
});

const verified = z
  .object({
    conclusion: z.enum(['passed', 'failed'], { error: '请选择验收结论：通过或不通过。' }),
    note: optionalText,
  })
  .superRefine((v, ctx) => {
    if (v.conclusion === 'failed' && !v.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: '验收不通过的，请说明原因。' });
    }
  });

const closed = z.object({ closingNote: required('请填写销号说明。') });

const SCHEMAS = { filed, investigated, rectifying, verified, closed };

export type CaseStage = keyof typeof SCHEMAS;

export type StageInputs = { [S in CaseStage]: z.infer<(typeof SCHEMAS)[S]> };

/** A stage entered with its validated input, as kept in the case history. */
export type StageRecord = { [S in CaseStage]: { stage: S; input: StageInputs[S] } }[CaseStage];

/** Every 整改 field carries 第14条: rectification is owed whether or not a penalty was imposed. */
function clauseOf(stage: CaseStage, issue: z.core.$ZodIssue): FieldError['clause'] {
  if (stage === 'rectifying') return '14';
  return issue.code === 'custom' ? (issue.params?.clause as FieldError['clause']) : undefined;
}

export function validateStageInput<S extends CaseStage>(
  stage: S,
  input: unknown,
): { ok: true; value: StageInputs[S] } | { ok: false; errors: FieldError[] } {
  const result = SCHEMAS[stage].safeParse(input ?? {});
  if (result.success) return { ok: true, value: result.data as StageInputs[S] };
  const errors = result.error.issues.map((issue): FieldError => {
    const field = issue.path.map(String).join('.');
    const clause = clauseOf(stage, issue);
    return clause ? { field, message: issue.message, clause } : { field, message: issue.message };
  });
  return { ok: false, errors };
}
