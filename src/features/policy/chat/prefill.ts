import type { PlanFormValues, SpecialFormValues } from '../../../../cards/approvals/view.js';
import type { Enterprise } from '../../../domain/org.js';
import { resolveDates } from '../../../domain/policy/index.js';
import { prefillPlan } from '../../approvals/index.js';
import type { AnswerRecord } from '../store/answer-repo.js';

export type ApprovalStart =
  { kind: 'plan'; values: PlanFormValues } | { kind: 'special'; values: SpecialFormValues };

/** Answers resting on 第4条 or 附件1 are about special inspections; the rest about planned visits. */
function isSpecial(record: AnswerRecord): boolean {
  const { decision, citations } = record.answer;
  if (decision) return decision.proposal.kind === 'special';
  const first = citations[0]?.clause;
  return first === '4' || first === 'annex-1';
}

/**
 * The approval form the answer leads to, filled in with only what the question itself said:
 * dates resolve against the day it was asked, and an enterprise counts only when it was named.
 */
export function approvalStart(record: AnswerRecord, registry: readonly Enterprise[]): ApprovalStart {
  const { question, today } = record;
  const decision = record.answer.decision;
  if (isSpecial(record)) {
    const dates = resolveDates(question, today);
    const focus = decision?.proposal.focus;
    return {
      kind: 'special',
      values: { ...(focus ? { focus } : {}), ...(dates ? { from: dates.from, to: dates.to } : {}) },
    };
  }
  const values = prefillPlan(question, today, registry);
  // The answerer also knows enterprises by their short forms (示例钢铁), which the prefill does not.
  if (decision && !decision.hypothetical) values.enterprises = decision.proposal.enterprises;
  return { kind: 'plan', values };
}
