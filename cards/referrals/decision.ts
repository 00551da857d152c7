import {
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
  type Option,
} from '../kit.js';
import { annexElements, historyElement, issuesElement, warningElements } from './blocks.js';
import type { AnnexSection, ReferralCardView } from './view.js';

export interface DecisionCardInput {
  view: ReferralCardView;
  sections: AnnexSection[];
  /** Members of the receiving unit, one of whom is named 承办人 on 接收. */
  people: Option[];
}

/** The receiving head's card: the annex, then 接收 (with a 承办人), 退回 (with a reason) or 需进一步核查. */
export function referralDecisionCard({ view, sections, people }: DecisionCardInput): Card {
  const value = (action: string) => ({ action, id: view.id });
  const verifying = view.status === 'verifying';
  return card(
    `线索移送 ${view.id}`,
    verifying ? 'orange' : 'blue',
    [
      markdown(
        `**${escapeMd(view.fromUnit.name)}**移送至${escapeMd(view.toUnit.name)}，${verifying ? '已标记需进一步核查，核查后请接收或退回' : '请接收、退回或标记需进一步核查'}。`,
      ),
      ...issuesElement([], view.warnings),
      ...warningElements(view),
      ...annexElements(sections),
      hr(),
      historyElement(view.events),
      form('referral_decision', [
        markdown('**承办人**（接收时必选）'),
        selectStatic('handler', '请选择本单位承办人', people, { required: false }),
        input('reason', '退回理由或核查说明', { multiline: true, placeholder: '退回时必填' }),
        buttonRow([
          submitButton('接收', 'accept', value('referral.accept')),
          submitButton('退回', 'return', value('referral.return')),
          ...(verifying ? [] : [submitButton('需进一步核查', 'verify', value('referral.verify'))]),
        ]),
      ]),
    ],
    '涉嫌环境违法线索移送表',
  );
}
