import type { Role } from '#contracts/labels.js';

export const registrationPolicy = {
  /** 组织报到 is submitted by the unit's party secretary. */
  submitUnit: (role: Role) => role === 'unitSecretary',
  /** The community (or the street / org department above it) confirms or returns it. */
  decide: (role: Role) => role === 'communityAdmin' || role === 'streetAdmin' || role === 'orgAdmin',
  read: (role: Role) => role === 'unitSecretary' || role === 'communityAdmin' || role === 'streetAdmin' || role === 'orgAdmin' || role === 'gridWorker',
};
