// 登录: login, logout, session, password change. Other modules import only from here.
export { authRoutes } from './routes.js';
