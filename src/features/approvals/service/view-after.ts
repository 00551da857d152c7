import type { DecisionView, RequestView, StepView } from '../types.js';

/**
 * A request view as it stands after writes this transaction made and confirmed, so the decision path
 * need not read the request back (it was three of the ~30 statements behind a click). Only for
 * writes whose conditional update landed; anything else reads the view again.
 */
export function withStep(view: RequestView, idx: number, patch: Partial<StepView>): RequestView {
  return { ...view, steps: view.steps.map((s) => (s.idx === idx ? { ...s, ...patch } : s)) };
}

export function withDecision(view: RequestView, decision: DecisionView): RequestView {
  return { ...view, decisions: [...view.decisions, decision] };
}

export function withRequest(
  view: RequestView,
  patch: Partial<Pick<RequestView, 'status' | 'currentStep' | 'closedAt' | 'updatedAt'>>,
): RequestView {
  return { ...view, ...patch };
}
