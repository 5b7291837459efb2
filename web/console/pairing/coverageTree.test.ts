import { describe, expect, it } from 'vitest';
import type { PairingCoverageRowDto } from '#contracts/pairing.js';
import { byGrid, byStreet, chartLevel, groupKeys, percentOf, totalOf } from './coverageTree.js';

const row = (
  id: number,
  name: string,
  kind: 'community' | 'grid',
  street: string,
  community: string,
  keyHouseholds: number,
  covered: number,
  onTime: number,
  overdue: number,
): PairingCoverageRowDto => ({ place: { id, name }, kind, street, community, keyHouseholds, covered, onTime, overdue });

const gridRows = [
  row(11, '煤运苑 第1网格', 'grid', '秀水镇', '富春园社区', 3, 3, 2, 1),
  row(12, '翠苑家园 第1网格', 'grid', '秀水镇', '富春园社区', 1, 0, 0, 1),
  row(2, '红楼社区', 'community', '秀水镇', '红楼社区', 2, 1, 1, 0),
  row(13, '第1网格', 'grid', '秀水镇', '红楼社区', 4, 4, 4, 0),
  row(1, '富春园社区', 'community', '秀水镇', '富春园社区', 1, 0, 0, 1),
  row(21, '第1网格', 'grid', '', '东村', 5, 5, 5, 0),
];

describe('coverageTree', () => {
  it('rounds percents and has none for nothing', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(0, 0)).toBeNull();
  });

  it('groups communities under their street with the street totals', () => {
    const tree = byStreet(
      [row(1, '富春园社区', 'community', '秀水镇', '富春园社区', 4, 2, 1, 3), row(2, '红楼社区', 'community', '秀水镇', '红楼社区', 6, 6, 6, 0)],
      '（未归属街道）',
    );
    expect(tree).toHaveLength(1);
    expect(tree[0]).toMatchObject({ key: 's秀水镇', kind: 'street', keyHouseholds: 10, covered: 8, onTime: 7, overdue: 3 });
    expect(tree[0]?.children?.map((c) => [c.kind, c.placeId, c.name])).toEqual([
      ['community', 1, '富春园社区'],
      ['community', 2, '红楼社区'],
    ]);
  });

  it('groups grids under community under street, the ungridded households last in their community', () => {
    const tree = byGrid(gridRows, '（未归属街道）', '未划网格');
    expect(tree.map((s) => s.name)).toEqual(['秀水镇', '（未归属街道）']);
    const [xiushui, none] = tree;
    expect(xiushui?.children?.map((c) => c.name)).toEqual(['富春园社区', '红楼社区']);
    const [fuchun, honglou] = xiushui?.children ?? [];
    expect(fuchun?.children?.map((c) => [c.kind, c.name, c.placeId])).toEqual([
      ['grid', '煤运苑 第1网格', 11],
      ['grid', '翠苑家园 第1网格', 12],
      ['ungridded', '未划网格', undefined],
    ]);
    expect(fuchun).toMatchObject({ kind: 'community', keyHouseholds: 5, covered: 3, onTime: 2, overdue: 3 });
    expect(honglou?.children?.map((c) => c.kind)).toEqual(['grid', 'ungridded']);
    expect(honglou).toMatchObject({ keyHouseholds: 6, covered: 5 });
    expect(xiushui).toMatchObject({ keyHouseholds: 11, covered: 8, onTime: 7, overdue: 3 });
    // A community whose households all sit in grids has no ungridded row.
    expect(none?.children?.[0]?.children?.map((c) => c.kind)).toEqual(['grid']);
  });

  it('keeps the totals of the flat rows', () => {
    const tree = byGrid(gridRows, '-', '未划网格');
    expect(totalOf(tree)).toEqual(totalOf(gridRows));
    expect(totalOf(tree)).toEqual({ keyHouseholds: 16, covered: 13, onTime: 12, overdue: 3 });
    expect(groupKeys(tree)).toEqual(['s秀水镇', 'c秀水镇/富春园社区', 'c秀水镇/红楼社区', 's-', 'c-/东村']);
  });

  it('charts the streets, one street’s communities or one community’s grids', () => {
    expect(chartLevel(byGrid(gridRows, '-', 'u')).level).toBe('street');
    const oneStreet = gridRows.filter((r) => r.street === '秀水镇');
    expect(chartLevel(byGrid(oneStreet, '-', 'u'))).toMatchObject({ level: 'community', rows: [{ name: '富春园社区' }, { name: '红楼社区' }] });
    expect(chartLevel(byStreet(oneStreet, '-')).level).toBe('community');
    const oneCommunity = gridRows.filter((r) => r.community === '富春园社区');
    expect(chartLevel(byGrid(oneCommunity, '-', 'u')).rows.map((r) => r.name)).toEqual(['煤运苑 第1网格', '翠苑家园 第1网格', 'u']);
  });
});
