// 应急动员. Other modules import only from here.
export { emergencyRoutes } from './routes.js';
