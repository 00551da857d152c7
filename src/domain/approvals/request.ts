import type { ApprovalForm } from './form.js';

/** The words of an approval request (附件1, 附件2) that its cards, pages and rules share. */

export type RequestKind = 'plan' | 'special';

export type RequestStatus = 'pending' | 'approved' | 'rejected' | 'returned' | 'withdrawn';

export type StepStatus = 'waiting' | 'pending' | 'approved' | 'rejected' | 'returned' | 'withdrawn';

export type DecisionAction = 'approve' | 'reject' | 'return' | 'transfer' | 'reassign' | 'withdraw';

/** The pending step of an open request. */
export function currentStepOf<S>(request: {
  status: RequestStatus;
  currentStep: number | null;
  steps: readonly S[];
}): S | undefined {
  return request.status === 'pending' && request.currentStep !== null
    ? request.steps[request.currentStep]
    : undefined;
}

/** The title people know a request by: the special inspection's name, or the plan's enterprises. */
export function requestTitle(request: { form: ApprovalForm }): string {
  const form = request.form;
  if (form.kind === 'special') return form.name;
  const names = form.enterprises.map((e) => e.name);
  return names.length > 2
    ? `${names.slice(0, 2).join('、')}等${names.length}家企业检查计划`
    : `${names.join('、')}检查计划`;
}
