import { currentStepOf, KIND_LABELS, STATUS_LABELS } from '../../src/domain/approvals/index.js';
import { INSPECTION_STATUS_LABELS } from '../../src/domain/inspections/index.js';
import {
  button,
  buttonRow,
  card,
  escapeMd,
  form,
  hr,
  input,
  markdown,
  selectStatic,
  submitButton,
  type Card,
  type Element,
} from '../kit.js';
import { chainBlock, findingsBlock, formFields } from './blocks.js';
import type { ApprovalCardView } from './view.js';

const REASON_SHOWN = 30;

/** A reason as the list shows it: the visit's own card has it in full. */
function brief(reason: string): string {
  return reason.length > REASON_SHOWN ? `${reason.slice(0, REASON_SHOWN)}…` : reason;
}

/** Once approved, each enterprise's visit and where it stands (第6条). */
function inspectionsBlock(view: ApprovalCardView): Element[] {
  const visits = view.inspections ?? [];
  if (visits.length === 0) return [];
  const lines = visits.map((v) => {
    const why = v.cancelled ? `（${escapeMd(brief(v.cancelled.reason))}）` : '';
    return `- ${v.code} ${escapeMd(v.enterprise.name)}：${INSPECTION_STATUS_LABELS[v.status]}${why}`;
  });
  return [hr(), markdown(`**检查实施情况**\n${lines.join('\n')}`), ...cancelBlock(view)];
}

/**
 * 取消检查 for a visit not yet carried out: pick it, give the reason. The inspections feature takes it
 * with the same rules as its API; the plan's id tells it to answer with this card.
 */
function cancelBlock(view: ApprovalCardView): Element[] {
  const planned = (view.inspections ?? []).filter((v) => v.status === 'planned');
  if (planned.length === 0) return [];
  const options = planned.map((v) => ({ label: `${v.code} ${v.enterprise.name}`, value: v.code }));
  return [
    form('cancel', [
      selectStatic('code', '选择要取消的检查', options, {
        required: true,
        ...(planned.length === 1 && planned[0] ? { value: planned[0].code } : {}),
      }),
      input('reason', '取消原因', { required: true, maxLength: 500, placeholder: '如：企业已停产' }),
      submitButton('取消检查', 'cancel', { action: 'inspection.cancel', plan: view.id }),
    ]),
  ];
}

/** The applicant's own view of a request, with 撤回 and 催办 while it waits. */
export function applicantCard(view: ApprovalCardView): Card {
  const step = currentStepOf(view);
  const state = step
    ? `当前由${escapeMd(step.name)}（${step.roleLabel}）审批。`
    : `审批结果：${STATUS_LABELS[view.status]}。`;
  const actions = step
    ? [
        hr(),
        buttonRow([
          button('催办', { action: 'approval.remind', id: view.id }),
          button(
            '撤回',
            { action: 'approval.withdraw', id: view.id },
            {
              type: 'danger',
              confirm: { title: '撤回申请', text: `确定撤回${view.id}吗？撤回后需重新发起。` },
            },
          ),
        ]),
      ]
    : [];
  return card(
    `${KIND_LABELS[view.kind]} ${view.id}`,
    step ? 'blue' : view.status === 'approved' ? 'green' : 'grey',
    [
      markdown(`您的申请已提交。${state}`),
      ...formFields(view),
      hr(),
      ...findingsBlock(view.findings, view.exemptions),
      hr(),
      chainBlock(view),
      ...inspectionsBlock(view),
      ...actions,
    ],
    STATUS_LABELS[view.status],
  );
}
