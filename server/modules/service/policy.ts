import type { Role } from '#contracts/labels.js';

export const orderPolicy = {
  /** 点单: residents for themselves; grid workers and admins for a household (代点单). */
  submit: (role: Role) => ['resident', 'gridWorker', 'communityAdmin', 'streetAdmin', 'orgAdmin'].includes(role),
  /** Everyone on the flow reads the orders they are part of; the service decides which. */
  read: (role: Role) => ['resident', 'member', 'gridWorker', 'communityAdmin', 'streetAdmin', 'orgAdmin', 'unitSecretary'].includes(role),
  /** Each step is checked by the state machine against who the caller is for that order. */
  act: (role: Role) => ['resident', 'member', 'unitSecretary', 'communityAdmin', 'streetAdmin', 'orgAdmin'].includes(role),
  match: (role: Role) => ['communityAdmin', 'streetAdmin', 'orgAdmin'].includes(role),
  /** 服务记录: members their own; admins and the unit secretary a member they can see. */
  records: (role: Role) => ['member', 'unitSecretary', 'gridWorker', 'communityAdmin', 'streetAdmin', 'orgAdmin'].includes(role),
};

export const activityPolicy = {
  organise: (role: Role) => ['communityAdmin', 'streetAdmin', 'orgAdmin'].includes(role),
  read: (role: Role) => ['member', 'gridWorker', 'communityAdmin', 'streetAdmin', 'orgAdmin'].includes(role),
  take: (role: Role) => role === 'member',
  /** 一月一主题 is set by the org department; everyone reads it. */
  setTheme: (role: Role) => role === 'orgAdmin',
};

export const wishPolicy = {
  post: (role: Role) => ['resident', 'gridWorker', 'communityAdmin', 'streetAdmin', 'orgAdmin'].includes(role),
  read: (role: Role) => ['resident', 'member', 'unitSecretary', 'gridWorker', 'communityAdmin', 'streetAdmin', 'orgAdmin'].includes(role),
  claim: (role: Role) => role === 'member' || role === 'unitSecretary',
  thank: (role: Role) => ['resident', 'gridWorker', 'communityAdmin', 'streetAdmin', 'orgAdmin'].includes(role),
};

export const postPolicy = {
  manage: (role: Role) => ['communityAdmin', 'streetAdmin', 'orgAdmin'].includes(role),
  read: (role: Role) => ['member', 'gridWorker', 'communityAdmin', 'streetAdmin', 'orgAdmin'].includes(role),
  claim: (role: Role) => role === 'member',
};

export const projectPolicy = {
  manage: (role: Role) => ['communityAdmin', 'streetAdmin', 'orgAdmin'].includes(role),
  read: (role: Role) => ['member', 'unitSecretary', 'gridWorker', 'communityAdmin', 'streetAdmin', 'orgAdmin'].includes(role),
  claim: (role: Role) => role === 'unitSecretary',
  progress: (role: Role) => ['unitSecretary', 'communityAdmin', 'streetAdmin', 'orgAdmin'].includes(role),
};
