import type { CaseDecision, Citation, PolicyAnswer } from '../../domain/policy/index.js';

export interface AnswerJson {
  answer: string;
  citations: Citation[];
  outOfScope: boolean;
  decision?: CaseDecision;
}

/** The answer as `POST /api/v1/ask` and `cli ask --jsonl` give it. */
export function answerJson(result: PolicyAnswer): AnswerJson {
  return {
    answer: result.answer,
    citations: result.citations.map(({ clause, label, quote }) => ({ clause, label, quote })),
    outOfScope: result.outOfScope,
    ...(result.decision ? { decision: result.decision } : {}),
  };
}
