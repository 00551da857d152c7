import { STATE_LABELS, type CaseStage } from '../../src/domain/referrals/lifecycle.js';
import type { Outcome } from '../../src/domain/referrals/stage-input.js';
import { CONCLUSION_LABELS, OUTCOME_LABELS } from '../../src/domain/referrals/stage-text.js';
import {
  card,
  datePicker,
  escapeMd,
  form,
  hr,
  input,
  markdown,
  selectStatic,
  submitButton,
  type Card,
  type Element,
  type Option,
} from '../kit.js';
import { historyElement, STATE_COLORS, summaryElements } from './blocks.js';
import type { ReferralCardView } from './view.js';

export interface StageCardInput {
  view: ReferralCardView;
  /** The ID number is masked for people outside the handling units. */
  subjectCode?: string;
  /** The stage the form records; absent when nothing is left to do. */
  next?: CaseStage;
  /** The 查处 result, which decides what 整改 has to say. */
  lastOutcome?: Outcome;
  notice?: string;
  /** Errors of a rejected submission, shown above the form. */
  errors?: string[];
  overdue?: boolean;
}

const options = (labels: Record<string, string>): Option[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** The boxes each stage of 第14条 needs. */
function stageBoxes(stage: CaseStage, lastOutcome: Outcome | undefined): Element[] {
  switch (stage) {
    case 'filed':
      return [input('caseNumber', '立案编号', { required: true })];
    case 'investigated':
      return [
        markdown('**查处结果**'),
        selectStatic('outcome', '请选择查处结果', options(OUTCOME_LABELS), { required: true }),
        input('note', '查处情况说明', {
          multiline: true,
          placeholder: '不予处罚的，请写明依据（第13条）',
        }),
        input('penaltyAmount', '罚款金额（元）', { placeholder: '予以处罚的填写' }),
      ];
    case 'rectifying':
      return [
        ...(lastOutcome === 'no-penalty'
          ? [
              markdown(
                "<font color='orange'>本案不予处罚，仍须责令改正并跟踪整改，确保免罚不免责（第14条）。</font>",
              ),
            ]
          : []),
        input('measures', '整改措施', { multiline: true, required: true }),
        markdown('**整改期限**'),
        datePicker('deadline', '请选择整改期限', { required: true }),
      ];
    case 'verified':
      return [
        markdown('**验收结论**'),
        selectStatic('conclusion', '请选择验收结论', options(CONCLUSION_LABELS), { required: true }),
        input('note', '验收情况说明', { multiline: true, placeholder: '不通过的，请说明原因' }),
      ];
    case 'closed':
      return [input('closingNote', '销号说明', { multiline: true, required: true })];
  }
}

/**
 * The handling unit's card for a case: where it stands, its history, and the form of the next stage
 * of 立案—查处—整改—验收—销号.
 */
export function referralStageCard(c: StageCardInput): Card {
  const { view, next } = c;
  const title = c.overdue ? `整改逾期 ${view.id}` : `线索办理 ${view.id}｜${STATE_LABELS[view.status]}`;
  const elements: Element[] = [
    ...(c.notice ? [markdown(`**${escapeMd(c.notice)}**`)] : []),
    ...summaryElements(view, c.subjectCode),
    hr(),
    historyElement(view.events),
  ];
  if (next) {
    elements.push(
      hr(),
      markdown(`**下一环节：${STATE_LABELS[next]}**`),
      ...(c.errors?.length
        ? [markdown(c.errors.map((e) => `<font color='red'>${escapeMd(e)}</font>`).join('\n'))]
        : []),
      form(`referral_stage_${next}`, [
        ...stageBoxes(next, c.lastOutcome),
        submitButton(`提交${STATE_LABELS[next]}`, 'advance', {
          action: 'referral.advance',
          id: view.id,
          stage: next,
        }),
      ]),
    );
  }
  return card(title, c.overdue ? 'red' : STATE_COLORS[view.status], elements, '立案—查处—整改—验收—销号');
}
