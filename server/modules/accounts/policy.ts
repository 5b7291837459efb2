import type { PlaceKind, Role } from '#contracts/labels.js';

const RANK: Record<Role, number> = {
  orgAdmin: 0,
  streetAdmin: 1,
  communityAdmin: 2,
  gridWorker: 3,
  unitSecretary: 3,
  member: 4,
  resident: 4,
  merchant: 4,
};

const ADMINS: readonly Role[] = ['orgAdmin', 'streetAdmin', 'communityAdmin'];

/** The place an account of each role is bound to: its scope. */
export const PLACE_KINDS_FOR_ROLE: Record<Role, readonly PlaceKind[]> = {
  orgAdmin: ['county'],
  streetAdmin: ['street'],
  communityAdmin: ['community'],
  gridWorker: ['community', 'compound', 'grid'],
  unitSecretary: ['community'],
  member: ['community', 'compound', 'grid', 'building', 'unit'],
  resident: ['community', 'compound', 'grid', 'building', 'unit'],
  merchant: ['community', 'compound', 'grid'],
};

export const accountPolicy = {
  /** Admins see the accounts in their places. */
  read: (role: Role) => ADMINS.includes(role),
  /** An admin manages roles below their own; the org department manages everyone. */
  manage: (role: Role, target: Role) => ADMINS.includes(role) && (role === 'orgAdmin' || RANK[target] > RANK[role]),
  placeFits: (target: Role, kind: PlaceKind) => PLACE_KINDS_FOR_ROLE[target].includes(kind),
};
