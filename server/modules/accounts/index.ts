// 账号: accounts and roles within an admin's scope. Other modules import only from here.
export { accountRoutes } from './routes.js';
export { accountPolicy, PLACE_KINDS_FOR_ROLE } from './policy.js';
