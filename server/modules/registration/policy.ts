import type { Role } from '#contracts/labels.js';

const ADMINS: readonly Role[] = ['communityAdmin', 'streetAdmin', 'orgAdmin'];

export const registrationPolicy = {
  /** 组织报到 is submitted by the unit's party secretary. */
  submitUnit: (role: Role) => role === 'unitSecretary',
  /** The community (or the street / org department above it) confirms or returns it. */
  decide: (role: Role) => ADMINS.includes(role),
  read: (role: Role) => role === 'unitSecretary' || role === 'gridWorker' || ADMINS.includes(role),
  /** 报到台账: admins for their places, the unit secretary for the unit's members. */
  readLedger: (role: Role) => role === 'unitSecretary' || ADMINS.includes(role),
  /** 扎堆 → 精准报到 is the org department's and the streets'. */
  balance: (role: Role) => role === 'orgAdmin' || role === 'streetAdmin',
  /** A member's own registrations, on the phone. */
  own: (role: Role) => role === 'member',
  /** 党员半年报告: the member's branch (unit secretary), the admins of where they live, the member. */
  report: (role: Role) => role === 'unitSecretary' || role === 'member' || ADMINS.includes(role),
};
