/** Building the directory from the tenant's contacts and a map, and what replacing it would change. */
export { buildDirectory, type BuildResult } from './build.js';
export { describeChanges, describeProblems, describeStep } from './describe.js';
export { diffDirectories, isUnchanged, type MemberChange, type OrgChanges, type RoleChange } from './diff.js';
export {
  contactsNamed,
  departmentPath,
  resolveDepartment,
  resolveSelector,
  type Resolved,
} from './resolve.js';
export { holdBack, roleHolder, touchedSteps } from './steps.js';
export type * from './types.js';
