import { describe, expect, it } from 'vitest';
import { canPlaceUnder, checkCode, idsOfPath, pinyinKey } from './rules.js';

describe('place rules', () => {
  it('puts streets under counties and communities under streets only', () => {
    expect(canPlaceUnder('street', 'county')).toBe(true);
    expect(canPlaceUnder('community', 'street')).toBe(true);
    expect(canPlaceUnder('community', 'county')).toBe(false);
    expect(canPlaceUnder('street', 'community')).toBe(false);
    expect(canPlaceUnder('county', 'county')).toBe(false);
  });

  it('lets levels below a community be skipped but never climb', () => {
    expect(canPlaceUnder('compound', 'community')).toBe(true);
    expect(canPlaceUnder('grid', 'community')).toBe(true);
    expect(canPlaceUnder('building', 'grid')).toBe(true);
    expect(canPlaceUnder('compound', 'grid')).toBe(false);
    expect(canPlaceUnder('unit', 'unit')).toBe(false);
    expect(canPlaceUnder('grid', 'street')).toBe(false);
  });

  it('checks statistical codes by length and parent prefix', () => {
    expect(checkCode('county', '140322', null, null)).toBeNull();
    expect(checkCode('street', '140322100', '140322', 'county')).toBeNull();
    expect(checkCode('street', '14032210', '140322', 'county')).toEqual({ kind: 'format', digits: 9 });
    expect(checkCode('community', '140322100001', '140322100', 'street')).toBeNull();
    expect(checkCode('community', '140322101001', '140322100', 'street')).toEqual({ kind: 'prefix', prefix: '140322100' });
    expect(checkCode('compound', 'anything-1', '140322100001', 'community')).toBeNull();
  });

  it('spells names in pinyin initials and in full', () => {
    expect(pinyinKey('秀水镇')).toBe('xsz xiushuizhen');
    expect(pinyinKey('3号楼')).toMatch(/^3hl 3haolou$/);
  });

  it('reads the ids along a path', () => {
    expect(idsOfPath('/1/5/23/')).toEqual([1, 5, 23]);
  });
});
