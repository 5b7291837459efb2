import { GRID_ROLE_PLACES, GRID_ROLES, type GridRole, type GridRoleDto } from '#contracts/grid.js';
import type { PlaceKind } from '#contracts/labels.js';

// Pure helpers of the grid page: which roles a place may hold, the roles in duty order, a building's households.

/** The roles that may be appointed at a place of this kind (GRID_ROLE_PLACES), in the roles' own order. */
export const rolesAt = (kind: PlaceKind | string | undefined): GridRole[] =>
  kind === undefined ? [] : GRID_ROLES.filter((role) => (GRID_ROLE_PLACES[role] as readonly string[]).includes(kind));

/** Live appointments under each role, every role present (possibly empty), the grid's own place first. */
export function groupRoles(roles: readonly GridRoleDto[], placeId: number): { role: GridRole; items: GridRoleDto[] }[] {
  return GRID_ROLES.map((role) => ({
    role,
    items: roles
      .filter((r) => r.role === role)
      .sort(
        (a, b) =>
          Number(b.place.id === placeId) - Number(a.place.id === placeId) ||
          a.place.name.localeCompare(b.place.name, 'zh-CN', { numeric: true }) ||
          a.id - b.id,
      ),
  }));
}

/** The address names the building as a word of its own: "2号楼" is not in "12号楼". */
export const inBuilding = (address: string, building: string) => address.split(/\s+/).includes(building);
