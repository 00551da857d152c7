import type { Outcome } from '../../domain/referrals/stage-input.js';

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
