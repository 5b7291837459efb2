// 数据看板. Other modules import only from here.
export { dashboardRoutes } from './routes.js';
