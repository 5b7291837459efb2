import { describe, expect, it } from 'vitest';
import { type PairingHousehold, type PairingMember, sharedDepth, suggestPairings } from './suggest.js';

// County 1, street 2, community 3 (depth 2); compounds 4 and 5; in compound 4, grid 6 with buildings 7 and 8.
const home = (id: number, path: string, care: PairingHousehold['care']): PairingHousehold => ({ id, path, care });
const member = (id: number, path: string | null, talents: PairingMember['talents'] = [], load = 0): PairingMember => ({ id, path, talents, load });
const opts = { cap: 2, communityDepth: 2 };

describe('pairing suggestions', () => {
  it('pairs a household with the neighbour in its stairwell, and a chronic patient with the doctor', () => {
    const households = [home(101, '/1/2/3/4/6/7/71/', ['hardship']), home(102, '/1/2/3/5/', ['chronicIllness'])];
    const members = [member(1, '/1/2/3/4/6/7/71/'), member(2, '/1/2/3/4/6/8/', ['medical']), member(3, '/1/2/3/9/')];
    const { pairs, uncovered } = suggestPairings(households, members, opts);
    expect(uncovered).toEqual([]);
    expect(pairs.map((p) => [p.householdId, p.memberId])).toEqual([
      [101, 1],
      [102, 2],
    ]);
    expect(pairs[0]?.reasons.map((r) => r['zh-CN'])).toEqual(['住得近：同一单元']);
    expect(pairs[1]?.reasons.map((r) => r['zh-CN'])).toEqual(['专长对口：医疗（慢病患者）']);
  });

  it('never gives a member more than the cap, counting what they already have, and spreads the load', () => {
    const households = Array.from({ length: 6 }, (_, i) => home(200 + i, '/1/2/3/5/', ['hardship']));
    const members = [member(1, '/1/2/3/5/', [], 1), member(2, '/1/2/3/5/'), member(3, '/1/2/3/5/')];
    const { pairs, uncovered } = suggestPairings(households, members, opts);
    const load = (id: number) => pairs.filter((p) => p.memberId === id).length;
    expect([load(1), load(2), load(3)]).toEqual([1, 2, 2]);
    expect(uncovered).toHaveLength(1);
  });

  it('gives the org department’s priority categories a member first when members are short', () => {
    const households = [home(401, '/1/2/3/5/', ['hardship']), home(402, '/1/2/3/5/', ['hardship']), home(403, '/1/2/3/4/', ['elderlyAlone'])];
    // The one member lives beside 403, the easiest household, which on its own would choose last.
    const members = [member(1, '/1/2/3/4/')];
    expect(suggestPairings(households, members, { cap: 1, communityDepth: 2 }).uncovered).toContain(403);
    const first = suggestPairings(households, members, { cap: 1, communityDepth: 2, priority: ['elderlyAlone'] });
    expect(first.pairs.map((p) => p.householdId)).toEqual([403]);
    expect(first.uncovered).toEqual([401, 402]);
  });

  it('covers every household when there is room for all', () => {
    const households = Array.from({ length: 40 }, (_, i) =>
      home(300 + i, `/1/2/3/${4 + (i % 2)}/${10 + (i % 5)}/`, i % 3 ? ['elderlyAlone'] : ['leftBehindChild']),
    );
    const members = Array.from({ length: 20 }, (_, i) => member(i + 1, `/1/2/3/${4 + (i % 2)}/${10 + (i % 5)}/`, i % 4 ? ['medical'] : ['education']));
    const { pairs, uncovered } = suggestPairings(households, members, opts);
    expect(uncovered).toEqual([]);
    expect(new Set(pairs.map((p) => p.householdId)).size).toBe(40);
    expect(Math.max(...members.map((m) => pairs.filter((p) => p.memberId === m.id).length))).toBeLessThanOrEqual(2);
  });

  it('counts shared places from the root', () => {
    expect(sharedDepth('/1/2/3/4/', '/1/2/3/5/')).toBe(3);
    expect(sharedDepth('/1/2/', '/9/')).toBe(0);
  });
});
