import type { Role } from '#contracts/labels.js';

const ADMINS: readonly Role[] = ['communityAdmin', 'streetAdmin', 'orgAdmin'];

export const gridPolicy = {
  /** Communities (and the levels above) appoint; grid workers see their grid. */
  manage: (role: Role) => ADMINS.includes(role),
  read: (role: Role) => role === 'gridWorker' || ADMINS.includes(role),
  mine: (role: Role) => role === 'member',
};
