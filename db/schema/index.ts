export * from './platform.js';
export * from './directory.js';
export * from './approvals.js';
export * from './referrals.js';
export * from './draws.js';
export * from './policy.js';
export * from './approval-center.js';
