export * from './platform.js';
export * from './directory.js';
export * from './approvals.js';
