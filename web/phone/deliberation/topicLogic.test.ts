import { describe, expect, it } from 'vitest';
import { clampProgress, latestUpdates, percentDone, topicPlaces } from './topicLogic.js';

describe('where a topic may be raised', () => {
  const community = { id: 10, name: '富春园社区' };

  it('offers the community first, then the compound the account lives in', () => {
    expect(topicPlaces({ id: 11, name: '富春园小区', kind: 'compound' }, community)).toEqual([
      { id: 10, name: '富春园社区', kind: 'community' },
      { id: 11, name: '富春园小区', kind: 'compound' },
    ]);
  });

  it('offers only the community to an account at the community or below a compound', () => {
    expect(topicPlaces({ id: 10, name: '富春园社区', kind: 'community' }, community)).toEqual([{ id: 10, name: '富春园社区', kind: 'community' }]);
    expect(topicPlaces({ id: 20, name: '1号楼', kind: 'building' }, community)).toEqual([{ id: 10, name: '富春园社区', kind: 'community' }]);
  });

  it('offers nothing outside a community', () => {
    expect(topicPlaces({ id: 1, name: '盂县', kind: 'county' }, null)).toEqual([]);
  });
});

describe('progress', () => {
  it('is a whole percentage of tasks done', () => {
    expect(percentDone(1, 3)).toBe(33);
    expect(percentDone(3, 3)).toBe(100);
    expect(percentDone(0, 0)).toBe(0);
    expect(percentDone(5, 3)).toBe(100);
  });

  it('keeps slider values whole and within 0–100', () => {
    expect(clampProgress(42.6)).toBe(43);
    expect(clampProgress(-5)).toBe(0);
    expect(clampProgress(120)).toBe(100);
    expect(clampProgress(Number.NaN)).toBe(0);
  });

  it('shows the newest updates first', () => {
    const updates = [
      { at: '2026-05-01T02:00:00Z', text: 'a' },
      { at: '2026-05-03T02:00:00Z', text: 'c' },
      { at: '2026-05-02T02:00:00Z', text: 'b' },
      { at: '2026-04-30T02:00:00Z', text: 'z' },
    ];
    expect(latestUpdates(updates).map((u) => u.text)).toEqual(['c', 'b', 'a']);
  });
});
