import { PLACE_KINDS, type PlaceKind, ROLES, type Role } from './labels.js';

// Domain rules the server enforces and the web's forms follow; zod-free so the web bundle stays small.

export const levelOf = (kind: PlaceKind) => PLACE_KINDS.indexOf(kind);

/**
 * Streets sit under counties and communities under streets; below a community the levels may be
 * skipped (a village has grids but no compounds), but never climb back up.
 */
export function canPlaceUnder(child: PlaceKind, parent: PlaceKind): boolean {
  if (child === 'county') return false;
  if (child === 'street') return parent === 'county';
  if (child === 'community') return parent === 'street';
  return levelOf(parent) >= levelOf('community') && levelOf(child) > levelOf(parent);
}

/** The kinds a new child of this place may have, top level first. */
export const childKindsOf = (parent: PlaceKind): PlaceKind[] => PLACE_KINDS.filter((kind) => canPlaceUnder(kind, parent));

/** Digits of the national statistical division code for the levels that have one; the rest get local codes. */
export const STATISTICAL_DIGITS: Partial<Record<PlaceKind, number>> = { county: 6, street: 9, community: 12 };
export const needsStatisticalCode = (kind: PlaceKind) => STATISTICAL_DIGITS[kind] !== undefined;

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

export const ADMIN_ROLES: readonly Role[] = ['orgAdmin', 'streetAdmin', 'communityAdmin'];

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

/** An admin manages roles below their own; the org department manages everyone. */
export const canManage = (caller: Role, target: Role) => ADMIN_ROLES.includes(caller) && (caller === 'orgAdmin' || RANK[target] > RANK[caller]);

export const manageableRoles = (caller: Role): Role[] => ROLES.filter((role) => canManage(caller, role));
