// 双评价 — 年度评价. Other modules import only from here.
export { evaluationRoutes } from './routes.js';
export { runYear } from './year.js';
export { maskName } from './notices.js';
export { listEvaluations } from './year.js';
