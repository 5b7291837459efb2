// 双报到: units register at communities (组织报到); member registration follows. Import only from here.
export { publicRegistrationRoutes, registrationRoutes } from './routes.js';
export { listMemberRegistrations } from './members.js';
export { listUnitRegistrations } from './units.js';
