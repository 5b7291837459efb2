import { describe, expect, it } from 'vitest';
import { makeIdNumber, parseIdNumber } from './idcard.js';

describe('ID numbers (GB 11643)', () => {
  it('accepts a valid number and reads birth date and gender from it', () => {
    // The standard's own example.
    expect(parseIdNumber('11010519491231002X')).toEqual({ ok: true, facts: { birthDate: '1949-12-31', gender: 'female', areaCode: '110105' } });
  });

  it('accepts a lower-case x', () => {
    expect(parseIdNumber('11010519491231002x').ok).toBe(true);
  });

  it('refuses a wrong check character', () => {
    expect(parseIdNumber('110105194912310021')).toEqual({ ok: false, problem: 'checksum' });
  });

  it('refuses a date that does not exist or lies ahead', () => {
    const feb30 = makeIdNumber('140322', '2001-02-30', 1, 'male');
    expect(parseIdNumber(feb30)).toEqual({ ok: false, problem: 'birthDate' });
    const future = makeIdNumber('140322', '2099-01-01', 1, 'male');
    expect(parseIdNumber(future, new Date('2026-11-23'))).toEqual({ ok: false, problem: 'birthDate' });
  });

  it('refuses the wrong length or letters', () => {
    expect(parseIdNumber('14032219900101123')).toEqual({ ok: false, problem: 'format' });
    expect(parseIdNumber('1403221990010112AB')).toEqual({ ok: false, problem: 'format' });
  });

  it('makes valid numbers of either gender', () => {
    for (let i = 0; i < 40; i++) {
      const gender = i % 2 ? 'male' : 'female';
      const parsed = parseIdNumber(makeIdNumber('140322', '1985-06-15', i, gender));
      expect(parsed).toEqual({ ok: true, facts: { birthDate: '1985-06-15', gender, areaCode: '140322' } });
    }
  });
});
