import { describe, expect, it } from 'vitest';
import { buildingOf, doorOf, groupByBuilding } from './buildings.js';

describe('buildings', () => {
  it('cuts the address after the building', () => {
    expect(buildingOf('富春园社区 锦绣小区 3号楼 2单元 301')).toBe('富春园社区 锦绣小区 3号楼');
    expect(buildingOf('富春园社区 锦绣小区 5栋 101')).toBe('富春园社区 锦绣小区 5栋');
    expect(buildingOf('东街 12号')).toBe('东街');
    expect(buildingOf('平房')).toBe('平房');
    expect(doorOf('富春园社区 锦绣小区 3号楼 2单元 301', '富春园社区 锦绣小区 3号楼')).toBe('2单元 301');
  });

  it('groups rows by building in address order', () => {
    const rows = ['A 10号楼 1单元 101', 'A 2号楼 1单元 202', 'A 2号楼 1单元 101'];
    expect(groupByBuilding(rows, (r) => r)).toEqual([
      { building: 'A 2号楼', rows: ['A 2号楼 1单元 101', 'A 2号楼 1单元 202'] },
      { building: 'A 10号楼', rows: ['A 10号楼 1单元 101'] },
    ]);
  });
});
