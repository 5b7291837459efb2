import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { fill, translator } from './translate.js';
import { zhCN } from './zh-CN.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('have exactly the same keys in zh-CN and en', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('have no empty strings', () => {
    for (const dictionary of [zhCN, en]) {
      for (const [key, text] of Object.entries(dictionary)) {
        expect(text.trim(), key).not.toBe('');
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(zhCN)) {
      const english: string = en[key as keyof typeof en];
      expect(placeholders(english), key).toEqual(placeholders(text));
    }
  });
});

describe('t()', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('共 {total} 条', { total: 3 })).toBe('共 3 条');
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('translates into the chosen language', () => {
    expect(translator('en')('places.add.title', { name: '秀水镇' })).toBe('Add a place under 秀水镇');
    expect(translator('zh-CN')('nav.places')).toBe('地点');
  });
});
