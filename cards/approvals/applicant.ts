import { currentStepOf, KIND_LABELS, STATUS_LABELS } from '../../src/domain/approvals/index.js';
import { INSPECTION_STATUS_LABELS } from '../../src/domain/inspections/index.js';
import { button, buttonRow, card, escapeMd, hr, markdown, type Card, type Element } from '../kit.js';
import { chainBlock, findingsBlock, formFields } from './blocks.js';
import type { ApprovalCardView } from './view.js';

/** Once approved, each enterprise's visit and where it stands (第6条). */
function inspectionsBlock(view: ApprovalCardView): Element[] {
  const visits = view.inspections ?? [];
  if (visits.length === 0) return [];
  const lines = visits.map(
    (v) => `- ${v.code} ${escapeMd(v.enterprise.name)}：${INSPECTION_STATUS_LABELS[v.status]}`,
  );
  return [hr(), markdown(`**检查实施情况**\n${lines.join('\n')}`)];
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
