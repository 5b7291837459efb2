import { describe, expect, it } from 'vitest';
import type { GridRoleDto } from '#contracts/grid.js';
import { groupRoles, inBuilding, rolesAt } from './gridRoles.js';

const role = (id: number, r: GridRoleDto['role'], place: { id: number; name: string; kind: string }): GridRoleDto => ({
  id,
  role: r,
  place,
  person: { kind: 'member', id, name: `P${id}`, phone: '' },
  duties: '',
  startDate: '2026-01-01',
  endDate: null,
  endReason: null,
});

describe('grid roles', () => {
  it('offers only the roles that suit the place', () => {
    expect(rolesAt('grid')).toEqual(['branchSecretary', 'groupLeader']);
    expect(rolesAt('compound')).toEqual(['branchSecretary']);
    expect(rolesAt('building')).toEqual(['groupLeader', 'centralHousehold', 'buildingLeader']);
    expect(rolesAt('unit')).toEqual(['centralHousehold']);
    expect(rolesAt('community')).toEqual([]);
    expect(rolesAt(undefined)).toEqual([]);
  });

  it('groups every role, the grid itself first, then buildings in number order', () => {
    const grid = { id: 1, name: '第1网格', kind: 'grid' };
    const b2 = { id: 3, name: '2号楼', kind: 'building' };
    const b10 = { id: 4, name: '10号楼', kind: 'building' };
    const groups = groupRoles([role(5, 'groupLeader', b10), role(6, 'groupLeader', b2), role(7, 'groupLeader', grid), role(8, 'buildingLeader', b2)], 1);
    expect(groups.map((g) => g.role)).toEqual(['branchSecretary', 'groupLeader', 'centralHousehold', 'buildingLeader']);
    expect(groups[0]?.items).toEqual([]);
    expect(groups[1]?.items.map((r) => r.id)).toEqual([7, 6, 5]);
    expect(groups[3]?.items.map((r) => r.id)).toEqual([8]);
  });

  it('finds a building in an address word by word', () => {
    expect(inBuilding('富春园社区 煤运苑 2号楼 2单元 102', '2号楼')).toBe(true);
    expect(inBuilding('富春园社区 煤运苑 12号楼 2单元 102', '2号楼')).toBe(false);
  });
});
