// 资源清单. Other modules import only from here.
export { resourceRoutes } from './routes.js';
export { addResources } from './service.js';
