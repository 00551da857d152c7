/** What the rest of the bot uses from the approval center feature. */
export { registerApprovalCenter } from './register.js';
export { checkCenter, type CheckRun } from './service/check.js';
export { APPROVAL_CODES, ACTION_PATH } from './service/definitions.js';
