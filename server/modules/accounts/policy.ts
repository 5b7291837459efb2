import type { PlaceKind, Role } from '#contracts/labels.js';
import { ADMIN_ROLES, canManage, PLACE_KINDS_FOR_ROLE } from '#contracts/rules.js';

export { PLACE_KINDS_FOR_ROLE };

/** Who may do what with accounts; the rules themselves are shared with the web in contracts/rules.ts. */
export const accountPolicy = {
  /** Admins see the accounts in their places. */
  read: (role: Role) => ADMIN_ROLES.includes(role),
  manage: canManage,
  placeFits: (target: Role, kind: PlaceKind) => PLACE_KINDS_FOR_ROLE[target].includes(kind),
};
