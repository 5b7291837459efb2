import type { Role } from '#contracts/labels.js';

export const resourcePolicy = {
  read: (role: Role) => ['orgAdmin', 'streetAdmin', 'communityAdmin', 'gridWorker', 'unitSecretary'].includes(role),
};
