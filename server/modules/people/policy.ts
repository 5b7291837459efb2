import type { Role } from '#contracts/labels.js';

const PLACE_ADMINS: readonly Role[] = ['orgAdmin', 'streetAdmin', 'communityAdmin'];

/** Who may do what with people and households; which rows is the scope's business (scope.ts). */
export const peoplePolicy = {
  readPlaces: (role: Role) => PLACE_ADMINS.includes(role) || role === 'gridWorker',
  /** Units and members are also the unit party secretary's (their own unit). */
  readMembers: (role: Role) => PLACE_ADMINS.includes(role) || role === 'gridWorker' || role === 'unitSecretary',
  writeMembers: (role: Role) => PLACE_ADMINS.includes(role) || role === 'unitSecretary',
  writeOrganizations: (role: Role) => PLACE_ADMINS.includes(role),
  writeHouseholds: (role: Role) => PLACE_ADMINS.includes(role) || role === 'gridWorker',
};
