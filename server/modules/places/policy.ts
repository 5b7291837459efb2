import type { Role } from '#contracts/labels.js';
import { CONSOLE_ROLES } from '#contracts/labels.js';

/** Who may do what with the place tree; scope (which places) is checked separately. */
export const placePolicy = {
  read: (role: Role) => CONSOLE_ROLES.includes(role),
  manage: (role: Role) => role === 'orgAdmin' || role === 'streetAdmin' || role === 'communityAdmin' || role === 'gridWorker',
};
