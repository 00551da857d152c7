/** What other features and the scheduler use from approvals. */
export { registerApprovals } from './register.js';
export { runApprovalReminders, type ReminderRun } from './service/reminders.js';
export {
  listDisclosures,
  listFilings,
  pastInspections,
  type Disclosure,
  type Filing,
} from './store/records-repo.js';
export { loadApprovalSettings } from './store/settings-repo.js';
export { loadView as getApprovalRequest, requestIdsOfApplicant } from './store/request-repo.js';
export { workingHoursBetween } from './working-hours.js';
export { KIND_LABELS, METHOD_LABELS, STATUS_LABELS, TYPE_LABELS, typeText } from './labels.js';
export type { ApprovalForm, DecisionView, RequestView, StepView } from './types.js';
