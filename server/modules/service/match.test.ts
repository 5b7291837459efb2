import { describe, expect, it } from 'vitest';
import type { PlaceKind } from '#contracts/labels.js';
import { closeness, freeNow, type MatchCandidate, rankMembers } from './match.js';

// County /1/, street /1/2/, community /1/2/3/ (depth 2), compound 4, building 5, stairwell 6.
const need = {
  category: 'repair' as const,
  path: '/1/2/3/4/5/6/',
  kinds: ['county', 'street', 'community', 'compound', 'building', 'unit'] as PlaceKind[],
  communityDepth: 2,
};
const saturdayMorning = new Date('2026-11-21T02:00:00Z'); // 10:00 in Beijing
const member = (memberId: number, over: Partial<MatchCandidate>): MatchCandidate => ({
  memberId,
  name: `党员${memberId}`,
  talents: [],
  homePath: '/1/2/3/9/',
  freeTime: '',
  load: 0,
  rating: null,
  ...over,
});

describe('matching a need to members', () => {
  it('ranks a repairer next door first, then a repairer across the community, then a neighbour without the skill', () => {
    const ranked = rankMembers(
      need,
      [
        member(1, { talents: ['law'], homePath: '/1/2/3/4/5/6/' }),
        member(2, { talents: ['repair'], homePath: '/1/2/3/8/' }),
        member(3, { talents: ['repair'], homePath: '/1/2/3/4/5/7/' }),
      ],
      saturdayMorning,
    );
    expect(ranked.map((m) => m.memberId)).toEqual([3, 2, 1]);
    expect(ranked[0]?.reasons.map((r) => r['zh-CN'])).toEqual(['专长：维修', '住得近：同一楼栋']);
  });

  it('prefers who is free now and not already busy, and who was rated well', () => {
    const ranked = rankMembers(
      need,
      [
        member(1, { talents: ['repair'], load: 3, rating: 3 }),
        member(2, { talents: ['repair'], freeTime: '周末全天' }),
        member(3, { talents: ['repair'], rating: 5 }),
      ],
      saturdayMorning,
    );
    expect(ranked.map((m) => m.memberId)).toEqual([2, 3, 1]);
    expect(ranked[2]?.reasons.map((r) => r['zh-CN'])).toContain('手头有 3 单');
  });

  it('lets anyone take a need that asks for no particular skill', () => {
    const ranked = rankMembers({ ...need, category: 'errand' }, [member(1, { homePath: '/1/2/3/4/' }), member(2, {})], saturdayMorning);
    expect(ranked[0]?.memberId).toBe(1);
  });

  it('measures closeness from the community down', () => {
    expect(closeness('/1/2/3/4/5/6/', '/1/2/3/4/5/6/', 2)).toMatchObject({ value: 1, level: 3 });
    expect(closeness('/1/2/3/4/', '/1/2/3/4/5/6/', 2).level).toBe(1);
    expect(closeness('/1/2/3/', '/1/2/3/4/5/6/', 2).value).toBe(0);
    expect(closeness('/1/2/9/', '/1/2/3/4/', 2).level).toBe(-1);
  });

  it('reads stated free times against Beijing time', () => {
    expect(freeNow('周末', saturdayMorning)).toBe(true);
    expect(freeNow('工作日晚上', saturdayMorning)).toBe(false);
    const mondayEvening = new Date('2026-11-23T12:00:00Z'); // 20:00 in Beijing
    expect(freeNow('工作日晚上', mondayEvening)).toBe(true);
    expect(freeNow('随时', mondayEvening)).toBe(true);
  });
});
