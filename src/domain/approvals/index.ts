export * from './labels.js';
export * from './request.js';
