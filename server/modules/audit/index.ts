// 审计日志: reading the audit log. Writing is `platform/audit.ts`.
export { auditRoutes } from './routes.js';
