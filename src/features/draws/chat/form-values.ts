import type { DrawFormValues } from '../../../../cards/draws/view.js';
import type { FieldIssue } from '../input.js';
import { day, list, text, type FormValue } from '../../../app/form-values.js';

/** A number typed into a text box; anything else is passed on as typed so validation names it. */
function numeric(value: unknown): number | string | undefined {
  const typed = text(value)?.replace(/[%％家人个月]$/u, '');
  if (typed === undefined) return undefined;
  const n = Number(typed);
  return Number.isFinite(n) ? n : typed;
}

/** The submitted form in the shape of the API body, so both go through the same validation. */
export function bodyFromForm(fv: FormValue, initiatorOpenId: string): Record<string, unknown> {
  return {
    initiator: initiatorOpenId,
    counties: list(fv.counties),
    industries: list(fv.industries),
    keyPolluter: text(fv.keyPolluter) ?? 'any',
    count: numeric(fv.count),
    ratioPercent: numeric(fv.ratio),
    perEnterprise: numeric(fv.perEnterprise),
    inspectorUnits: list(fv.inspectorUnits),
    recusalMonths: numeric(fv.recusalMonths),
    from: day(fv.from),
    to: day(fv.to),
    content: text(fv.content),
    repeatReason: text(fv.repeatReason),
  };
}

/** What was entered, to show the form again with it after a refusal. */
export function valuesFromForm(fv: FormValue): DrawFormValues {
  return {
    counties: list(fv.counties),
    industries: list(fv.industries),
    keyPolluter: text(fv.keyPolluter),
    count: text(fv.count),
    ratio: text(fv.ratio),
    perEnterprise: text(fv.perEnterprise),
    inspectorUnits: list(fv.inspectorUnits),
    recusalMonths: text(fv.recusalMonths),
    from: day(fv.from),
    to: day(fv.to),
    content: text(fv.content),
    repeatReason: text(fv.repeatReason),
  };
}

const FIELD_LABELS: Readonly<Record<string, string>> = {
  initiator: '发起人',
  unit: '实施单位',
  counties: '所属县区',
  industries: '行业',
  keyPolluter: '重点排污单位',
  count: '抽取数量',
  ratioPercent: '抽取比例',
  perEnterprise: '每家企业检查人员数',
  inspectorUnits: '执法检查人员库',
  recusalMonths: '回避期限',
  from: '检查开始日期',
  to: '检查结束日期',
  content: '检查内容',
  seed: '随机种子',
  repeatReason: '再次抽取理由',
};

export function issuesText(issues: readonly FieldIssue[]): string {
  return issues
    .map((issue) => `${FIELD_LABELS[issue.field.split('.')[0] ?? ''] ?? issue.field}：${issue.message}`)
    .join('；');
}
