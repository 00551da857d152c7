import {
  card,
  escapeMd,
  form,
  hr,
  input,
  markdown,
  selectStatic,
  submitButton,
  type Card,
  type Option,
} from '../kit.js';
import { summaryElements } from './blocks.js';
import type { ReferralCardView } from './view.js';

export interface ReferralReplyConfirmInput {
  view: ReferralCardView;
  decision: 'accept' | 'send-back';
  /** The words the head typed, quoted back. */
  typed: string;
  /** Members of the receiving unit, and the one the reply named 承办人. */
  people: Option[];
  handler?: string;
  /** The reason read from a 退回 reply. */
  reason?: string;
  notice?: string;
}

/**
 * A typed 接收 / 退回 made one click from the decision: the referral in brief, the 承办人 or the reason
 * read from the reply, and the button that sends what the decision card's button of that name sends.
 */
export function referralReplyConfirmCard(c: ReferralReplyConfirmInput): Card {
  const { view } = c;
  const accept = c.decision === 'accept';
  const label = accept ? '接收' : '退回';
  const boxes = accept
    ? [
        markdown('**承办人**'),
        selectStatic('handler', '请选择本单位承办人', c.people, {
          required: true,
          ...(c.handler ? { value: c.handler } : {}),
        }),
      ]
    : [
        input('reason', '退回理由', {
          multiline: true,
          placeholder: '退回须填写理由',
          ...(c.reason ? { value: c.reason } : {}),
        }),
      ];
  return card(`请确认：${label} ${view.id}`, accept ? 'green' : 'orange', [
    markdown(`您回复「${escapeMd(c.typed)}」，点击「确认${label}」即${label}该线索。`),
    ...(c.notice ? [markdown(`<font color='red'>${escapeMd(c.notice)}</font>`)] : []),
    ...summaryElements(view, undefined),
    hr(),
    form('referral_decision', [
      ...boxes,
      submitButton(`确认${label}`, accept ? 'accept' : 'return', {
        action: accept ? 'referral.accept' : 'referral.return',
        id: view.id,
      }),
    ]),
  ]);
}
