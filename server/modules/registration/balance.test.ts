import { describe, expect, it } from 'vitest';
import { type BalanceCommunity, type BalanceUnit, communityLoads, lineOfWork, median, needProfile, suggest } from './balance.js';

// A small county with a known best answer: two streets; downtown 城关 has a crowded community (A1)
// and one short of help with many elderly (A2); 东山 has one with left-behind children (B1) and an
// average one (B2).
const community = (id: number, name: string, streetId: number, registeredMembers: number, care: BalanceCommunity['care']): BalanceCommunity => ({
  id,
  name,
  streetId,
  street: streetId === 1 ? '城关镇' : '东山乡',
  households: 100,
  care,
  registeredMembers,
});
const A1 = community(11, '中心社区', 1, 30, { elderlyAlone: 2 });
const A2 = community(12, '老街社区', 1, 2, { elderlyAlone: 12, chronicIllness: 4 });
const B1 = community(21, '东山村', 2, 2, { leftBehindChild: 15 });
const B2 = community(22, '河湾村', 2, 8, { hardship: 3 });
const unit = (id: number, name: string, industry: string, talents: BalanceUnit['talents']): BalanceUnit => ({
  id,
  name,
  industry,
  homeId: A1.id,
  memberCount: 10,
  talents,
  registeredAt: [A1.id],
  assignedTo: [],
});
const hospital = unit(1, '县人民医院', '卫生健康', { medical: 8, psychology: 1 });
const schools = unit(2, '县教育局', '教育', { education: 9, culture: 2 });

describe('扎堆 flags', () => {
  it('measures registered members per 100 households against the median and flags the extremes', () => {
    const { median: m, rows } = communityLoads([A1, A2, B1, B2], [hospital, schools]);
    expect(rows.map((r) => [r.name, r.load, r.flag])).toEqual([
      ['中心社区', 30, 'crowded'],
      ['老街社区', 2, 'thin'],
      ['东山村', 2, 'thin'],
      ['河湾村', 8, null],
    ]);
    expect(m).toBe(5);
    expect(rows[0]).toMatchObject({ registeredUnits: 2, keyHouseholds: 2 });
  });

  it('flags nothing before anyone has registered', () => {
    const { median: m, rows } = communityLoads([{ ...A1, registeredMembers: 0 }], []);
    expect(m).toBe(0);
    expect(rows[0]?.flag).toBeNull();
  });
});

describe('精准报到 suggestions', () => {
  const { suggestions } = suggest([A1, A2, B1, B2], [hospital, schools]);
  const best = (u: BalanceUnit) => suggestions.find((s) => s.unit.id === u.id)?.candidates.map((c) => c.community.name);

  it('sends the hospital next door to the elderly (近 + 需求 + 业务 + 平衡)', () => {
    expect(best(hospital)?.[0]).toBe('老街社区');
    const top = suggestions.find((s) => s.unit.id === hospital.id)?.candidates[0];
    expect(top?.reasons.map((r) => r['zh-CN'])).toEqual([
      '与单位同在城关镇，就近就便',
      '社区有重点户 16 户（独居老人 12 户），单位有 9 名相关专长党员',
      '单位业务（医疗）与社区需求衔接',
      '每百户报到党员 2 人，低于中位数 5',
      '尚无单位在此报到',
    ]);
  });

  it('sends the education bureau across the county to the left-behind children, needs outweighing distance', () => {
    expect(best(schools)?.[0]).toBe('东山村');
  });

  it('spreads units: a community a unit was just assigned to ranks lower for the next unit', () => {
    const hospitalThere = { ...hospital, assignedTo: [A2.id] };
    const next = suggest([A1, A2, B1, B2], [hospitalThere, { ...hospital, id: 4, name: '县中医院' }]).suggestions.find((s) => s.unit.id === 4);
    const before = suggestions.find((s) => s.unit.id === hospital.id)?.candidates[0]?.score ?? 0;
    const after = next?.candidates.find((c) => c.community.name === '老街社区')?.score ?? 0;
    expect(after).toBeLessThan(before);
  });

  it('never suggests a crowded community or one the unit is already at, and marks crowded units first', () => {
    for (const s of suggestions) {
      expect(s.candidates.map((c) => c.community.name)).not.toContain('中心社区');
      expect(s.crowded).toBe(true);
    }
    const elsewhere = { ...schools, id: 3, name: '县司法局', registeredAt: [B2.id] };
    const mixed = suggest([A1, A2, B1, B2], [hospital, elsewhere]).suggestions;
    expect(mixed.map((s) => [s.unit.name, s.crowded])).toEqual([
      ['县人民医院', true],
      ['县司法局', false],
    ]);
    expect(mixed[1]?.candidates.map((c) => c.community.name)).not.toContain('河湾村');
  });

  it('ranks by score, highest first, at most three per unit', () => {
    for (const s of suggestions) {
      const scores = s.candidates.map((c) => c.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(s.candidates.length).toBeLessThanOrEqual(3);
    }
  });
});

describe('the small rules', () => {
  it('reads a unit’s line of work from its industry or name', () => {
    expect(lineOfWork('卫生健康')).toBe('medical');
    expect(lineOfWork('', '国网盂县供电公司')).toBe('repair');
    expect(lineOfWork('商贸')).toBeNull();
  });

  it('turns key households into talent needs that sum to one', () => {
    const need = needProfile({ pregnant: 2, leftBehindChild: 3 });
    expect(need.medical).toBeCloseTo(0.4);
    expect(need.education).toBeCloseTo(0.2);
    expect(Object.values(need).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(Object.values(needProfile({})).every((v) => v === 0)).toBe(true);
  });

  it('takes the median of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});
