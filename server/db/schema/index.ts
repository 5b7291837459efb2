export * from './places.js';
export * from './accounts.js';
