import type { Role } from '#contracts/labels.js';

const ADMINS: readonly Role[] = ['communityAdmin', 'streetAdmin', 'orgAdmin'];

export const deliberationPolicy = {
  /** Residents, members, grid workers and advisers raise topics from the phone; staff from the console. */
  propose: (role: Role) => role === 'resident' || role === 'member' || role === 'gridWorker' || ADMINS.includes(role),
  read: (role: Role) => role === 'resident' || role === 'member' || role === 'gridWorker' || ADMINS.includes(role),
  /** The community (or the levels above) takes topics up, plans and records meetings. */
  manage: (role: Role) => ADMINS.includes(role),
  readMeetings: (role: Role) => role === 'gridWorker' || ADMINS.includes(role),
  /** Tasks: their owners post progress, and the community supervises. */
  tasks: (role: Role) => role === 'member' || role === 'unitSecretary' || role === 'gridWorker' || ADMINS.includes(role),
  board: (_role: Role) => true,
};
