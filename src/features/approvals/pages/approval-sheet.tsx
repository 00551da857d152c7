import type { InspectionMethod } from '../../../domain/rules/index.js';
import {
  AnnexTable,
  BLANK,
  Checks,
  cnDateTime,
  cnDay,
  cnRange,
  Row,
  Section,
  Sheet,
  withNote,
  type CheckOption,
} from '../../../pages/forms/index.js';
import { METHOD_LABELS, STATUS_LABELS, TYPE_LABELS } from '../../../domain/approvals/index.js';
import type { RequestView } from '../types.js';
import type { LinkedSpecialView } from './linked-special.js';
import { Opinions } from './opinions.js';

type PlanForm = Extract<RequestView['form'], { kind: 'plan' }>;
type SpecialForm = Extract<RequestView['form'], { kind: 'special' }>;

/** 附件2 has four 检查类型 boxes; the clue-driven types the bot also knows are written in 「其他」. */
function typeOptions(form: PlanForm): CheckOption[] {
  const boxed = ['random', 'special', 'complaint'] as const;
  const other = !(boxed as readonly string[]).includes(form.type);
  const note = form.type === 'other' ? form.typeNote : TYPE_LABELS[form.type];
  return [
    ...boxed.map((type) => ({ text: TYPE_LABELS[type], checked: form.type === type })),
    { text: withNote('其他：', other, note), checked: other },
  ];
}

const METHODS: readonly InspectionMethod[] = ['on-site', 'document-review', 'sampling', 'inquiry'];

function methodOptions(form: PlanForm): CheckOption[] {
  return [
    ...METHODS.map((m) => ({ text: METHOD_LABELS[m], checked: form.methods.includes(m) })),
    { text: `其他：${BLANK}`, checked: form.methods.includes('other') },
  ];
}

/**
 * Under the ticked 专项 box, what it stands for: the approved special inspection the plan carries
 * out, linked to its own 附件1; without one, the 第4条 finding the approval recorded.
 */
function SpecialNote({ view, special }: { view: RequestView; special: LinkedSpecialView | undefined }) {
  if (view.form.kind !== 'plan' || view.form.type !== 'special') return null;
  if (special) {
    return (
      <p class="sub">
        实施专项执法检查：<a href={special.href}>{special.id}</a>「{special.name}」（
        {cnRange(special.from, special.to)}）
      </p>
    );
  }
  const named = view.form.special;
  if (named) return <p class="sub">实施专项执法检查：{named}</p>;
  const finding = view.findings.find((f) => f.code === 'SPECIAL_PLAN_UNLINKED');
  return finding ? <p class="sub">{finding.message}</p> : null;
}

function Annex1({ view, form }: { view: RequestView; form: SpecialForm }) {
  return (
    <AnnexTable label="专项执法检查审批表">
      <Section title="一、基本信息" />
      <Row label="检查名称">{form.name}</Row>
      <Row label="检查依据">{form.basis}</Row>
      <Row label="检查时间">{cnRange(form.from, form.to)}</Row>
      <Row label="实施单位">{view.unit.name}</Row>
      <Row label="检查对象">{form.targets}</Row>
      <Row label="检查内容">
        <p>{form.content}</p>
        {form.focus ? <p class="sub">重点领域：{form.focus}</p> : null}
      </Row>
      <Opinions view={view} title="二、审批意见" />
    </AnnexTable>
  );
}

function Annex2({
  view,
  form,
  special,
}: {
  view: RequestView;
  form: PlanForm;
  special: LinkedSpecialView | undefined;
}) {
  return (
    <AnnexTable label="入企执法检查计划审批表">
      <Section title="一、基本信息" />
      <Row label="检查类型">
        <Checks options={typeOptions(form)} />
        <SpecialNote view={view} special={special} />
      </Row>
      <Row label="检查依据">
        <p>{form.basis}</p>
        {form.reason ? <p class="sub">理由：{form.reason}</p> : null}
      </Row>
      <Row label="检查时间">{cnRange(form.from, form.to)}</Row>
      <Section title="二、检查安排" />
      <Row label="入企执法检查对象">
        <ul class="plain">
          {form.enterprises.map((e) => (
            <li>
              {e.name}
              {e.uscc ? <span class="code">（统一社会信用代码：{e.uscc}）</span> : null}
            </li>
          ))}
        </ul>
      </Row>
      <Row label="实施单位">{view.unit.name}</Row>
      <Row label="检查人员">{form.inspectors.map((p) => p.name).join('、')}</Row>
      <Row label="检查内容">{form.content}</Row>
      <Row label="检查方式">
        <Checks options={methodOptions(form)} />
      </Row>
      <Opinions view={view} title="三、审批意见" />
    </AnnexTable>
  );
}

/** 附件1 (ZX-…) or 附件2 (JC-…) with the request's answers and every opinion given so far. */
export function ApprovalSheet({
  view,
  bureau,
  now,
  special,
}: {
  view: RequestView;
  bureau: string;
  now: Date;
  /** For a 专项 plan, the special inspection it carries out (`linkedSpecialOf`). */
  special?: LinkedSpecialView | undefined;
}) {
  const annex1 = view.form.kind === 'special';
  const status = STATUS_LABELS[view.status];
  return (
    <Sheet
      bureau={bureau}
      annex={annex1 ? '附件1' : '附件2'}
      title={annex1 ? '专项执法检查审批表' : '入企执法检查计划审批表'}
      id={view.id}
      date={cnDay(view.createdAt)}
      status={status}
      note={view.status === 'approved' ? undefined : `审批状态：${status}。本表所列为截至打印时的审批情况。`}
      generatedAt={cnDateTime(now.toISOString())}
    >
      {view.form.kind === 'special' ? (
        <Annex1 view={view} form={view.form} />
      ) : (
        <Annex2 view={view} form={view.form} special={special} />
      )}
    </Sheet>
  );
}
