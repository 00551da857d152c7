/** What the CLI and the bot use from the organisation sync. */
export { planJson, planText } from './plan-text.js';
export { registerOrg } from './register.js';
export { planOrgSync, type SyncPlan } from './service/plan.js';
export { OrgSyncSetupError, syncOrg } from './service/sync-now.js';
