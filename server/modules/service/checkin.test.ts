import { describe, expect, it } from 'vitest';
import { createVault } from '../../platform/crypto.js';
import { CODE_SECONDS, codeIsValid, currentCode, hoursServed, withinCheckWindow } from './checkin.js';

const vault = createVault(Buffer.alloc(32, 3));
const t0 = new Date('2026-11-23T02:00:00Z');
const later = (s: number) => new Date(t0.getTime() + s * 1000);

describe('the rotating check-in code', () => {
  it('is six characters, the same within a window and different in the next', () => {
    const a = currentCode(vault, 7, t0);
    expect(a.code).toMatch(/^[0-9A-Z]{6}$/);
    expect(currentCode(vault, 7, later(1)).code).toBe(a.code);
    expect(currentCode(vault, 7, later(CODE_SECONDS)).code).not.toBe(a.code);
    expect(currentCode(vault, 8, t0).code).not.toBe(a.code);
  });

  it('is accepted for one more window, then refused', () => {
    const { code } = currentCode(vault, 7, t0);
    expect(codeIsValid(vault, 7, code, t0)).toBe(true);
    expect(codeIsValid(vault, 7, code, later(CODE_SECONDS))).toBe(true);
    expect(codeIsValid(vault, 7, code, later(2 * CODE_SECONDS + 1))).toBe(false);
    expect(codeIsValid(vault, 8, code, t0)).toBe(false);
  });
});

describe('service hours', () => {
  const starts = new Date('2026-11-23T01:00:00Z');
  const ends = new Date('2026-11-23T03:00:00Z');
  it('count from check-in to check-out within the activity’s own time', () => {
    expect(hoursServed(new Date('2026-11-23T00:30:00Z'), new Date('2026-11-23T02:30:00Z'), starts, ends)).toBe(1.5);
    expect(hoursServed(new Date('2026-11-23T01:10:00Z'), new Date('2026-11-23T05:00:00Z'), starts, ends)).toBe(1.83);
    expect(hoursServed(new Date('2026-11-23T04:00:00Z'), new Date('2026-11-23T05:00:00Z'), starts, ends)).toBe(0);
  });
  it('are open for checking from half an hour before to an hour after', () => {
    expect(withinCheckWindow(new Date('2026-11-23T00:31:00Z'), starts, ends)).toBe(true);
    expect(withinCheckWindow(new Date('2026-11-23T00:29:00Z'), starts, ends)).toBe(false);
    expect(withinCheckWindow(new Date('2026-11-23T04:01:00Z'), starts, ends)).toBe(false);
  });
});
