import type { Role } from '#contracts/labels.js';

// What the console offers each role. The server decides; this only hides what would be refused.
const PLACE_MANAGERS: readonly Role[] = ['orgAdmin', 'streetAdmin', 'communityAdmin', 'gridWorker'];
const ACCOUNT_ADMINS: readonly Role[] = ['orgAdmin', 'streetAdmin', 'communityAdmin'];

export const can = {
  managePlaces: (role: Role) => PLACE_MANAGERS.includes(role),
  manageAccounts: (role: Role) => ACCOUNT_ADMINS.includes(role),
  readAudit: (role: Role) => role === 'orgAdmin',
};
