export * from './platform.js';
export * from './directory.js';
