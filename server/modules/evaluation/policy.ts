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
  review: (role: Role) => role === 'resident',
  /** 公示 is public within the county: anyone signed in reads it and may remark on it. */
  notice: (_role: Role) => true,
  consent: (role: Role) => role === 'member',
  units: (role: Role) => ADMINS.includes(role) || role === 'unitSecretary',
  feedback: (role: Role) => ADMINS.includes(role) || role === 'unitSecretary' || role === 'member',
};
