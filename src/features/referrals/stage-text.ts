import type { CaseState } from '../../domain/referrals/lifecycle.js';
import type { StageInputs } from '../../domain/referrals/stage-input.js';
import { CONCLUSION_LABELS, OUTCOME_LABELS } from './labels.js';

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
