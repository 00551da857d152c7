import type { CaseState } from './lifecycle.js';
import type { Outcome, StageInputs } from './stage-input.js';

/** Words for the stage inputs as the cards offer and the history shows them. */
export const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = {
  penalty: '予以处罚',
  'no-penalty': '不予处罚',
  'no-violation': '未发现违法',
};

export const CONCLUSION_LABELS: Readonly<Record<'passed' | 'failed', string>> = {
  passed: '通过',
  failed: '不通过',
};

/** A sentence's own full stop would clash with the separator that follows it. */
const clause = (s: string) => s.replace(/[。；;，,\s]+$/, '');

/** What a stage recorded, in one line, for cards and the printable form. */
export function stageInputText(state: CaseState, input: unknown): string {
  switch (state) {
    case 'filed':
      return `立案编号：${(input as StageInputs['filed']).caseNumber}`;
    case 'investigated': {
      const v = input as StageInputs['investigated'];
      const amount = v.penaltyAmount ? `，罚款${v.penaltyAmount}元` : '';
      return `${OUTCOME_LABELS[v.outcome]}${amount}；${v.note ?? ''}`;
    }
    case 'rectifying': {
      const v = input as StageInputs['rectifying'];
      return `整改措施：${clause(v.measures)}；整改期限：${v.deadline}`;
    }
    case 'verified': {
      const v = input as StageInputs['verified'];
      return `验收${CONCLUSION_LABELS[v.conclusion]}${v.note ? `；${v.note}` : ''}`;
    }
    case 'closed':
      return (input as StageInputs['closed']).closingNote;
    default:
      return '';
  }
}
