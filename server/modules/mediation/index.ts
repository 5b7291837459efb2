// 矛盾纠纷调解. Other modules import only from here.
export { mediationRoutes } from './routes.js';
export { listCases } from './cases.js';
export { followUp, openCase, recordOutcome } from './cases.js';
