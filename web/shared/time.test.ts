import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { dayEnd, dayStart, formatTime } from './time.js';

describe('times', () => {
  it('shows a UTC time in Shanghai', () => {
    expect(formatTime('2026-01-31T17:05:00.000Z')).toBe('2026-02-01 01:05');
  });

  it('shows nothing for a missing or broken time', () => {
    expect(formatTime(null)).toBe('');
    expect(formatTime('not a time')).toBe('');
  });

  it('turns a picked day into the bounds of that day in Shanghai', () => {
    const day = dayjs('2026-03-08');
    expect(dayStart(day)).toBe('2026-03-08T00:00:00+08:00');
    expect(dayEnd(day)).toBe('2026-03-08T23:59:59+08:00');
  });
});
