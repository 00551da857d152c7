import { KIND_LABELS } from '../../src/domain/approvals/index.js';
import { buttonRow, card, escapeMd, form, hr, input, markdown, submitButton, type Card } from '../kit.js';
import { chainBlock, findingsBlock, formFields, quietBlock } from './blocks.js';
import { transferPicker } from './pickers.js';
import type { ApprovalCardView, PersonChoice } from './view.js';

export interface ApproverCardInput {
  view: ApprovalCardView;
  stepIdx: number;
  /** People the step may be handed to (转交). */
  people: readonly PersonChoice[];
  /** Set when the card goes to a stand-in: the leader they act for. */
  onBehalfOf?: string;
}

/**
 * The card a leader approves from. The comment and the buttons share one form, so the comment
 * arrives in form_value with whichever button was pressed.
 */
export function approverCard({ view, stepIdx, people, onBehalfOf }: ApproverCardInput): Card {
  const step = view.steps[stepIdx];
  const decide = (decision: string) => ({ action: 'approval.decide', id: view.id, step: stepIdx, decision });
  const role = step ? `${step.roleLabel}审批` : '审批';
  const lead = onBehalfOf
    ? `您受${escapeMd(onBehalfOf)}委托，代为办理以下${role}。`
    : `请您作为${role}人办理以下申请。`;
  return card(`${KIND_LABELS[view.kind]} ${view.id}`, 'orange', [
    markdown(lead),
    ...formFields(view),
    hr(),
    ...quietBlock(view),
    ...findingsBlock(view.findings, view.exemptions),
    hr(),
    chainBlock(view),
    hr(),
    form('decision', [
      input('comment', '审批意见', {
        placeholder: '填写审批意见（驳回时必须填写理由）',
        multiline: true,
        maxLength: 500,
      }),
      transferPicker(people, { placeholder: '转交时选择接收人', required: false }),
      buttonRow([
        submitButton('同意', 'approve', decide('approve')),
        { ...submitButton('驳回', 'reject', decide('reject')), type: 'danger_filled' },
        { ...submitButton('退回修改', 'return', decide('return')), type: 'default' },
        {
          ...submitButton('转交', 'transfer', { action: 'approval.transfer', id: view.id, step: stepIdx }),
          type: 'default',
        },
      ]),
    ]),
  ]);
}
