import type { PolicyAnswer } from '../../src/domain/policy/index.js';

export interface PolicyAnswerView {
  /** Names the answer to its buttons. */
  id: string;
  question: string;
  answer: PolicyAnswer;
  /** Someone has just said whether the answer helped. */
  thanked?: boolean;
}
