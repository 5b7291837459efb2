// 双评价 — 积分. Other modules import only from here.
export { pointsRoutes } from './routes.js';
export { earnAll, earnPoints } from './earn.js';
export { redeem } from './redeem.js';
