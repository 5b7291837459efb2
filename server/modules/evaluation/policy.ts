import type { Role } from '#contracts/labels.js';

const ADMINS: readonly Role[] = ['communityAdmin', 'streetAdmin', 'orgAdmin'];

export const evaluationPolicy = {
  /** The org department runs, re-runs and locks a year. */
  run: (role: Role) => role === 'orgAdmin',
  read: (role: Role) => ADMINS.includes(role),
  /** The community (and the levels above) adjust a grade with a written reason. */
  adjust: (role: Role) => ADMINS.includes(role),
  mine: (role: Role) => role === 'member',
  /** 反馈卡: admins for their places, unit secretaries for their members, members their own. */
  feedback: (role: Role) => ADMINS.includes(role) || role === 'unitSecretary' || role === 'member',
};
