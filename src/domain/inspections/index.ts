export * from './record.js';
export * from './labels.js';
export * from './steps.js';
export * from './reminders.js';
export * from './row.js';
export * from './counts.js';
