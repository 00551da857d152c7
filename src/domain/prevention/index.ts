/** 事前预警 and 送法入企 (第1、2、8条): pure rules for warnings and outreach coverage. */
export * from './sources.js';
export * from './warning.js';
export * from './enterprise-ref.js';
export * from './outreach.js';
export * from './labelled.js';
export * from './escalate.js';
