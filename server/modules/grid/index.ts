// 网格: grid roles and the grid page. Other modules import only from here.
export { gridRoutes } from './routes.js';
