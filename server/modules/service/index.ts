// 双服务: 服务工单, matching, service records. Other modules import only from here.
export { orderRoutes, serviceRecordRoutes } from './routes.js';
export { activityRoutes } from './activity-routes.js';
export { wishRoutes } from './wish-routes.js';
export { escalateOverdue } from './oversight.js';
export { projectRoutes } from './project-routes.js';
export { fileNeed, getOrder, listOrderIds, submitOrder } from './orders.js';
export { serviceRecordsOf } from './records.js';
export { memberFacts, membersServing } from './members.js';
export { listOrders } from './orders.js';
export { listWishes } from './wishes.js';
