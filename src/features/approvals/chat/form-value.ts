import type { PlanFormValues, SpecialFormValues } from '../../../../cards/approvals/view.js';
import type { InspectionMethod, InspectionType } from '../../../domain/rules/index.js';
import type { Person } from '../../../domain/org.js';
import type { FieldIssue } from '../input.js';
import type { RequestKind } from '../types.js';
import { day, list, text, type FormValue } from '../../../app/form-values.js';

function typedNames(value: unknown): string[] {
  return (text(value) ?? '').split(/[、，,；;\s]+/).filter((name) => name !== '');
}

/**
 * The submitted form in the shape of the API body, so both go through the same validation. A typed
 * name not in the directory stays as it was and is refused there as an unknown person.
 */
export function inputFromForm(
  kind: RequestKind,
  fv: FormValue,
  applicantOpenId: string,
  people: readonly Person[],
): Record<string, unknown> {
  const openIdOf = (name: string) => people.find((p) => p.name === name)?.openId ?? name;
  const common = {
    applicant: applicantOpenId,
    unit: text(fv.unit),
    basis: text(fv.basis),
    from: day(fv.from),
    to: day(fv.to),
    content: text(fv.content),
  };
  if (kind === 'special') {
    return { ...common, name: text(fv.name), focus: text(fv.focus), targets: text(fv.targets) };
  }
  return {
    ...common,
    type: text(fv.type),
    typeNote: text(fv.typeNote),
    enterprises: [...list(fv.enterprises), ...typedNames(fv.enterpriseText)],
    inspectors: [...list(fv.inspectors), ...typedNames(fv.inspectorText).map((name) => openIdOf(name))],
    methods: list(fv.methods),
    reason: text(fv.reason),
    quietExemption: text(fv.quietExemption),
    quietExemptionNote: text(fv.quietExemptionNote),
    special: text(fv.special),
  };
}

/** What the applicant entered, to show the form again with it after a failed submission. */
export function valuesFromForm(kind: RequestKind, fv: FormValue): PlanFormValues | SpecialFormValues {
  const common = {
    unit: text(fv.unit),
    unitText: text(fv.unitText),
    basis: text(fv.basis),
    from: day(fv.from),
    to: day(fv.to),
    content: text(fv.content),
  };
  if (kind === 'special')
    return { ...common, name: text(fv.name), focus: text(fv.focus), targets: text(fv.targets) };
  return {
    ...common,
    type: text(fv.type) as InspectionType | undefined,
    typeNote: text(fv.typeNote),
    enterprises: list(fv.enterprises),
    enterpriseText: text(fv.enterpriseText),
    inspectors: list(fv.inspectors),
    inspectorText: text(fv.inspectorText),
    methods: list(fv.methods) as InspectionMethod[],
    reason: text(fv.reason),
    quietExemption: text(fv.quietExemption),
    quietExemptionNote: text(fv.quietExemptionNote),
    special: text(fv.special),
  };
}

const FIELD_LABELS: Readonly<Record<string, string>> = {
  applicant: '申请人',
  unit: '实施单位',
  type: '检查类型',
  typeNote: '其他检查类型',
  basis: '检查依据',
  from: '检查开始日期',
  to: '检查结束日期',
  enterprises: '入企执法检查对象',
  inspectors: '检查人员',
  inspectorText: '未列出的检查人员',
  content: '检查内容',
  methods: '检查方式',
  reason: '理由',
  quietExemption: '企业安静期例外情形',
  quietExemptionNote: '例外情形说明',
  special: '所执行的专项执法检查',
  name: '检查名称',
  focus: '检查重点领域',
  targets: '检查对象',
};

export function issuesText(issues: readonly FieldIssue[]): string {
  return issues
    .map(
      (issue) =>
        `【须纠正】${FIELD_LABELS[issue.field.split('.')[0] ?? ''] ?? issue.field}：${issue.message}`,
    )
    .join('\n');
}
