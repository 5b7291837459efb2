import { describe, expect, it } from 'vitest';
import type { CoverageRowDto } from '#contracts/registration.js';
import { groupByStreet, rate, totals } from './coverageRows.js';

const row = (id: number, street: string, members: number, membersRegistered: number, units = 0, unitsRegistered = 0): CoverageRowDto => ({
  place: { id, name: `社区${id}` },
  street,
  members,
  membersRegistered,
  units,
  unitsRegistered,
});

describe('coverage rows', () => {
  it('groups communities under their street with the street totals', () => {
    const tree = groupByStreet([row(1, '秀水镇', 10, 4, 2, 1), row(2, '南娄镇', 5, 5), row(3, '秀水镇', 6, 2, 1, 1)], '无');
    expect(tree.map((s) => s.name)).toEqual(['秀水镇', '南娄镇']);
    expect(tree[0]).toMatchObject({ members: 16, membersRegistered: 6, units: 3, unitsRegistered: 2 });
    expect(tree[0]?.children?.map((c) => c.placeId)).toEqual([1, 3]);
  });

  it('names a community without a street', () => {
    expect(groupByStreet([row(1, '', 1, 0)], '（未归属街道）')[0]?.name).toBe('（未归属街道）');
  });

  it('gives the rate in percent, null when there is nobody', () => {
    expect(rate(1, 3)).toBe(33.3);
    expect(rate(0, 0)).toBeNull();
    expect(totals([row(1, 'a', 2, 1), row(2, 'b', 2, 2)])).toMatchObject({ members: 4, membersRegistered: 3 });
  });
});
