import { describe, expect, it } from 'vitest';
import type { ItemDto } from '#contracts/points.js';
import {
  basketLines,
  basketTotal,
  canReverse,
  countdownText,
  groupedCode,
  linesText,
  maxQty,
  monthOf,
  readCode,
  secondsLeft,
  shiftMonth,
  shopLink,
  signedPoints,
} from './pointsLogic.js';

const item = (id: number, name: string, points: number, stock = 10): ItemDto => ({ id, merchantId: 1, name, points, stock, active: true });
const CATALOGUE = [item(1, '毛巾', 5), item(2, '牙膏', 8), item(3, '大米 10kg', 30, 0)];
const TOKEN = 'q3Xv_9kLm-2PzR7tYb0aWcDe';

describe('the code countdown', () => {
  it('counts whole seconds up to the expiry, and never below zero', () => {
    const now = Date.parse('2026-05-01T08:00:00Z');
    expect(secondsLeft('2026-05-01T08:02:00.000Z', now)).toBe(120);
    expect(secondsLeft('2026-05-01T08:00:00.400Z', now)).toBe(1);
    expect(secondsLeft('2026-05-01T07:59:00.000Z', now)).toBe(0);
    expect(secondsLeft(undefined, now)).toBe(0);
    expect(secondsLeft('not a time', now)).toBe(0);
  });

  it('shows minutes and two-digit seconds', () => {
    expect(countdownText(120)).toBe('2:00');
    expect(countdownText(65)).toBe('1:05');
    expect(countdownText(9)).toBe('0:09');
    expect(countdownText(-3)).toBe('0:00');
  });

  it('groups six digits in threes, and leaves anything else alone', () => {
    expect(groupedCode('012345')).toBe('012 345');
    expect(groupedCode('1234')).toBe('1234');
  });
});

describe('what the merchant types', () => {
  it('keeps up to six digits and is ready at six', () => {
    expect(readCode('12')).toEqual({ code: '12', ready: false });
    expect(readCode(' 123 456 ')).toEqual({ code: '123456', ready: true });
    expect(readCode('1234567')).toEqual({ code: '123456', ready: true });
    expect(readCode('12a')).toEqual({ code: '12', ready: false });
  });

  it('takes a pasted QR token whole', () => {
    expect(readCode(`  ${TOKEN} `)).toEqual({ code: TOKEN, ready: true });
  });

  it('takes the link the QR code holds', () => {
    expect(readCode(shopLink('https://sishuang.example', TOKEN))).toEqual({ code: TOKEN, ready: true });
    expect(readCode('https://sishuang.example/m/shop?code=654321')).toEqual({ code: '654321', ready: true });
    expect(readCode('https://sishuang.example/m/shop')).toEqual({ code: '', ready: false });
  });
});

describe('the basket', () => {
  it('totals the points of what was picked', () => {
    expect(basketTotal(CATALOGUE, {})).toBe(0);
    expect(basketTotal(CATALOGUE, { 1: 1 })).toBe(5);
    expect(basketTotal(CATALOGUE, { 1: 2, 2: 1 })).toBe(18);
  });

  it('ignores items no longer in the catalogue', () => {
    expect(basketTotal(CATALOGUE, { 1: 1, 99: 4 })).toBe(5);
    expect(basketLines(CATALOGUE, { 99: 4, 2: 1, 1: 0 })).toEqual([{ itemId: 2, qty: 1 }]);
  });

  it('lists lines in catalogue order and says them in words', () => {
    expect(basketLines(CATALOGUE, { 2: 3, 1: 1 })).toEqual([
      { itemId: 1, qty: 1 },
      { itemId: 2, qty: 3 },
    ]);
    expect(
      linesText(
        [
          { name: '毛巾', qty: 1 },
          { name: '牙膏', qty: 3 },
        ],
        '、',
      ),
    ).toBe('毛巾×1、牙膏×3');
  });

  it('lets the stepper go up to the stock, at most 99', () => {
    expect(maxQty(item(1, '毛巾', 5, 40))).toBe(40);
    expect(maxQty(item(1, '早餐券', 3, 500))).toBe(99);
    expect(maxQty(item(1, '大米', 30, 0))).toBe(0);
  });
});

describe('reversing a redemption', () => {
  const at = '2026-05-01T08:00:00.000Z';
  const now = Date.parse(at);

  it('is allowed for a done redemption within 24 hours', () => {
    expect(canReverse({ status: 'done', at }, now + 60_000)).toBe(true);
    expect(canReverse({ status: 'done', at }, now + 24 * 3600_000)).toBe(true);
  });

  it('is not allowed after 24 hours, nor twice', () => {
    expect(canReverse({ status: 'done', at }, now + 24 * 3600_000 + 1)).toBe(false);
    expect(canReverse({ status: 'reversed', at }, now + 60_000)).toBe(false);
  });
});

describe('amounts and months', () => {
  it('signs amounts with a true minus', () => {
    expect(signedPoints(5)).toBe('+5');
    expect(signedPoints(-2)).toBe('−2');
    expect(signedPoints(0)).toBe('0');
  });

  it('counts the month in Shanghai', () => {
    // 17:00 UTC on 31 January is 01:00 on 1 February in Shanghai.
    expect(monthOf(Date.parse('2026-01-31T17:00:00Z'))).toBe('2026-02');
    expect(monthOf(Date.parse('2026-01-31T15:00:00Z'))).toBe('2026-01');
  });

  it('steps months across years', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2025-12', 1)).toBe('2026-01');
    expect(shiftMonth('2026-05', 0)).toBe('2026-05');
  });
});
