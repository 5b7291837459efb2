import type { Role } from '#contracts/labels.js';

const ADMINS: readonly Role[] = ['communityAdmin', 'streetAdmin', 'orgAdmin'];

export const pairingPolicy = {
  /** Communities (and the levels above) make and end pairings; grid workers follow them. */
  manage: (role: Role) => ADMINS.includes(role),
  read: (role: Role) => role === 'gridWorker' || role === 'member' || ADMINS.includes(role),
  visit: (role: Role) => role === 'member',
  readUnits: (role: Role) => role === 'unitSecretary' || role === 'gridWorker' || ADMINS.includes(role),
  rules: (role: Role) => role === 'orgAdmin',
  /** 重点户台账 and its 复核: the community and its grid workers. */
  ledger: (role: Role) => role === 'gridWorker' || ADMINS.includes(role),
};
