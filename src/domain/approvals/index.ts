export * from './form.js';
export * from './labels.js';
export * from './request.js';
