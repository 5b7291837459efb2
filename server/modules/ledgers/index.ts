// 台账: Excel templates, imports and exports. Other modules import only from here.
export { ledgerRoutes } from './routes.js';
export { importsSettled } from './service.js';
