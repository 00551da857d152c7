import {
  dateRangeText,
  DECISION_LABELS,
  METHOD_LABELS,
  STEP_STATUS_LABELS,
  typeText,
} from '../../src/domain/approvals/index.js';
import {
  claimedExemption,
  explainDecision,
  type Exemption,
  type Finding,
} from '../../src/domain/rules/index.js';
import { bureauDateTime } from '../../src/time.js';
import { escapeMd, field, markdown, type Element } from '../kit.js';
import type { ApprovalCardView, StepCardView } from './view.js';

const SEVERITY_COLORS: Readonly<Record<Finding['severity'], string>> = {
  block: 'red',
  warn: 'orange',
  info: 'grey',
};

/** One finding as the rules module words it: tag, sentence and clause label. */
function findingLine(finding: Finding): string {
  const [line] = explainDecision({ chain: [], findings: [finding], exemptions: [], blocked: false }).split(
    '\n',
  );
  return line ?? finding.message;
}

function exemptionLine(exemption: Exemption): string {
  const [line] = explainDecision({ chain: [], findings: [], exemptions: [exemption], blocked: false }).split(
    '\n',
  );
  return line ?? exemption.message;
}

/** Findings coloured by weight, warnings in orange so the approver cannot miss them. */
export function findingsBlock(findings: readonly Finding[], exemptions: readonly Exemption[]): Element[] {
  if (findings.length === 0 && exemptions.length === 0) {
    return [markdown('**合规核查**：未发现需提示的事项。')];
  }
  const lines = [
    ...findings.map((f) => {
      const text = escapeMd(findingLine(f));
      return f.severity === 'warn'
        ? `<font color='orange'>**${text}**</font>`
        : `<font color='${SEVERITY_COLORS[f.severity]}'>${text}</font>`;
    }),
    ...exemptions.map((e) => `<font color='green'>${escapeMd(exemptionLine(e))}</font>`),
  ];
  return [markdown(`**合规核查**\n${lines.join('\n')}`)];
}

/**
 * 第10条 as the approver weighs it: each quiet period the visit falls in, the notice it rests on and
 * the exemption the applicant claims. Nothing when the visit is outside every quiet period.
 */
export function quietBlock(view: ApprovalCardView): Element[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const finding of view.findings) {
    const note = finding.quiet;
    if (finding.code !== 'QUIET_PERIOD_ON_SITE' || !note) continue;
    const key = [note.jurisdiction, note.period, note.basis].join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    const limited = note.categories?.length ? `，限${note.categories.join('、')}` : '';
    lines.push(
      `${escapeMd(note.jurisdiction)}：${escapeMd(note.period)}${escapeMd(limited)}；依据：${escapeMd(note.basis)}`,
    );
  }
  if (lines.length === 0) return [];
  const claimed = view.form.kind === 'plan' ? claimedExemption(view.form) : undefined;
  return [
    markdown(
      `**企业安静期**\n${lines.join('\n')}\n**所称例外情形**：${claimed ? escapeMd(claimed) : '未填报'}`,
    ),
  ];
}

/** The annex form's 基本信息 and 检查安排 rows. */
export function formFields(view: ApprovalCardView): Element[] {
  const form = view.form;
  const head = [field('编号', view.id), field('申请人', escapeMd(view.applicant.name))];
  if (form.kind === 'special') {
    return [
      ...head,
      field('检查名称', escapeMd(form.name)),
      field('检查依据', escapeMd(form.basis)),
      field('检查时间', dateRangeText(form.from, form.to)),
      field('实施单位', escapeMd(view.unit.name)),
      field('检查对象', escapeMd(form.targets)),
      field('检查内容', escapeMd(form.content)),
      field('检查重点领域', escapeMd(form.focus)),
    ];
  }
  return [
    ...head,
    field('检查类型', escapeMd(typeText(form.type, form.typeNote))),
    ...(form.special ? [field('所执行的专项执法检查', escapeMd(form.special))] : []),
    field('检查依据', escapeMd(form.basis)),
    field('检查时间', dateRangeText(form.from, form.to)),
    field('入企执法检查对象', escapeMd(form.enterprises.map((e) => e.name).join('、'))),
    field('实施单位', escapeMd(view.unit.name)),
    field('检查人员', escapeMd(form.inspectors.map((p) => p.name).join('、'))),
    field('检查内容', escapeMd(form.content)),
    field('检查方式', form.methods.map((m) => METHOD_LABELS[m]).join('、')),
    ...(form.reason ? [field('理由', escapeMd(form.reason))] : []),
  ];
}

function stepLine(view: ApprovalCardView, step: StepCardView): string {
  const who = `${step.roleLabel}：${escapeMd(step.name)}`;
  const handovers = view.decisions
    .filter((d) => d.stepIdx === step.idx && (d.action === 'transfer' || d.action === 'reassign'))
    .map((d) => `${DECISION_LABELS[d.action]}自${escapeMd(d.actorName)}`);
  const moved = handovers.length > 0 ? `（${handovers.join('，')}）` : '';
  if (!step.decidedAt) {
    const mark = step.status === 'pending' ? '⏳ ' : '';
    return `${step.idx + 1}. ${who}${moved} — ${mark}${STEP_STATUS_LABELS[step.status]}`;
  }
  const by = step.onBehalfOfName
    ? `，${escapeMd(step.decidedByName ?? '')}代${escapeMd(step.onBehalfOfName)}签署`
    : '';
  const comment = step.comment ? `\n    意见：${escapeMd(step.comment)}` : '';
  const mark = step.status === 'approved' ? '✅ ' : '❌ ';
  return `${step.idx + 1}. ${who}${moved} — ${mark}${STEP_STATUS_LABELS[step.status]}（${bureauDateTime(step.decidedAt)}${by}）${comment}`;
}

/** The whole chain: who approves, why (with the clause), and who has signed. */
export function chainBlock(view: ApprovalCardView): Element {
  return markdown(`**审批流程**\n${view.steps.map((step) => stepLine(view, step)).join('\n')}`);
}
