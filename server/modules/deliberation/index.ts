// 议事协商 and 联席会议. Other modules import only from here.
export { deliberationRoutes } from './routes.js';
