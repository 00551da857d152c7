import { card, escapeMd, form, hr, input, markdown, submitButton, type Card } from '../kit.js';
import { chainBlock, formFields } from './blocks.js';
import { transferPicker } from './pickers.js';
import type { ApprovalCardView, PersonChoice } from './view.js';

/** What a typed reply asked for, to be confirmed with one click. */
export type TypedDecision = 'approve' | 'reject' | 'return' | 'transfer';

const LABELS: Readonly<Record<TypedDecision, string>> = {
  approve: '同意',
  reject: '驳回',
  return: '退回修改',
  transfer: '转交',
};

export interface ReplyConfirmInput {
  view: ApprovalCardView;
  stepIdx: number;
  decision: TypedDecision;
  /** The words the approver typed, quoted back. */
  typed: string;
  /** The comment read from the reply, filled in for the approver to keep or change. */
  comment?: string;
  /** For 转交: who may take the step over, and the one the reply named. */
  people: readonly PersonChoice[];
  transferTo?: string;
  /** What the reply left out (驳回 without a reason, a name not found). */
  notice?: string;
  onBehalfOf?: string;
}

/**
 * A typed reply made one click from its decision: the request in brief, the comment read from the
 * reply and one button that sends exactly what the approver card's button of that name sends.
 */
export function replyConfirmCard(c: ReplyConfirmInput): Card {
  const { view, stepIdx, decision } = c;
  const label = LABELS[decision];
  const value =
    decision === 'transfer'
      ? { action: 'approval.transfer', id: view.id, step: stepIdx }
      : { action: 'approval.decide', id: view.id, step: stepIdx, decision };
  const behalf = c.onBehalfOf ? `（代${escapeMd(c.onBehalfOf)}）` : '';
  return card(`请确认：${label} ${view.id}`, decision === 'approve' ? 'green' : 'orange', [
    markdown(`您${behalf}回复「${escapeMd(c.typed)}」，点击「确认${label}」即按${label}办理以下申请。`),
    ...(c.notice ? [markdown(`<font color='red'>${escapeMd(c.notice)}</font>`)] : []),
    ...formFields(view),
    hr(),
    chainBlock(view),
    hr(),
    form('decision', [
      input('comment', '审批意见', {
        placeholder: decision === 'reject' ? '驳回须填写理由' : '填写审批意见（可不填）',
        multiline: true,
        maxLength: 500,
        ...(c.comment ? { value: c.comment } : {}),
      }),
      ...(decision === 'transfer'
        ? [
            transferPicker(c.people, {
              placeholder: '选择接收人',
              required: true,
              ...(c.transferTo ? { value: c.transferTo } : {}),
            }),
          ]
        : []),
      submitButton(`确认${label}`, decision, value),
    ]),
  ]);
}

export const TYPED_DECISION_LABELS = LABELS;
