export * from './places.js';
export * from './accounts.js';
export * from './people.js';
export * from './notifications.js';
export * from './registration.js';
export * from './files.js';
export * from './resources.js';
export * from './service.js';
