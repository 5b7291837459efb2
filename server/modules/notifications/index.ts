// 站内信: the inbox API. Sending is `platform/notify.ts`, so every module notifies the same way.
export { notificationRoutes } from './routes.js';
