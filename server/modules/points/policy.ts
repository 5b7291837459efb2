import type { Role } from '#contracts/labels.js';

const ADMINS: readonly Role[] = ['communityAdmin', 'streetAdmin', 'orgAdmin'];

export const pointsPolicy = {
  readRules: (role: Role) => role !== 'resident',
  setRules: (role: Role) => role === 'orgAdmin',
  /** The ledger: admins for their places, a unit secretary for the unit's members, members and merchants their own. */
  ledger: (role: Role) => ADMINS.includes(role) || role === 'unitSecretary' || role === 'member' || role === 'merchant',
  correct: (role: Role) => ADMINS.includes(role),
  audit: (role: Role) => role === 'orgAdmin',
  me: (role: Role) => role === 'member',
  readMerchants: (role: Role) => ADMINS.includes(role) || role === 'member' || role === 'merchant',
  manageMerchants: (role: Role) => ADMINS.includes(role),
  manageItems: (role: Role) => ADMINS.includes(role) || role === 'merchant',
  redeem: (role: Role) => role === 'merchant',
  redemptions: (role: Role) => ADMINS.includes(role) || role === 'merchant' || role === 'member',
  statement: (role: Role) => ADMINS.includes(role) || role === 'merchant',
};
