// 网格层级: the place tree. Other modules import only from here.
export { placeRoutes } from './routes.js';
export { pinyinKey, canPlaceUnder, idsOfPath } from './rules.js';
export { presentPlace } from './service.js';
export { communityOf, communityOfPath } from './community.js';
