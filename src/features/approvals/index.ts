/** What other features and the scheduler use from approvals. */
export { registerApprovals } from './register.js';
export { runApprovalReminders, type ReminderRun } from './service/reminders.js';
export { renewAgingApprovalCards, type RenewRun } from './service/renew-cards.js';
export {
  listDisclosures,
  listFilings,
  pastInspections,
  type Disclosure,
  type Filing,
} from './store/records-repo.js';
export { loadApprovalSettings } from './store/settings-repo.js';
export { openSteps } from './store/open-steps.js';
export { loadView as getApprovalRequest, requestIdsOfApplicant } from './store/request-repo.js';
export { workingHoursBetween } from './working-hours.js';
export type { ApprovalForm, DecisionView, PlanForm, RequestView, StepView } from './types.js';
export { submitRequest, type SubmitOutcome, type SubmitSource } from './service/submit.js';
export { prefillPlan } from './chat/prefill.js';
export { buildFormCard } from './form-card.js';
export { ApprovalSheet } from './pages/approval-sheet.js';
export { linkedSpecialOf, type LinkedSpecialView } from './pages/linked-special.js';
export { refreshApplicantCard } from './service/outgoing.js';
export { onRequestChanged, type RequestChangeHook } from './service/changes.js';
export { decideStep, type Decision, type DecideInput } from './service/decide.js';
export { activeDelegation as standInOf } from './store/delegation-repo.js';
