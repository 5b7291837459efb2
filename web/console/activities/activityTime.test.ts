import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { ZONE } from '../../shared/time.js';
import { checkStillOpen, clockOf, hoursText, phaseOf, pickedToIso, timeRange } from './activityTime.js';

describe('activity times', () => {
  it('show a same-day range with one date, in Shanghai', () => {
    expect(timeRange('2026-11-23T01:00:00Z', '2026-11-23T03:30:00Z')).toBe('2026-11-23 09:00–11:30');
    expect(timeRange('2026-11-23T12:00:00Z', '2026-11-23T17:00:00Z')).toBe('2026-11-23 20:00–2026-11-24 01:00');
    expect(clockOf('2026-11-23T01:12:00Z')).toBe('09:12');
  });

  it('send the picked wall-clock time with the +08:00 offset', () => {
    expect(pickedToIso(dayjs.tz('2026-12-01 09:30', ZONE))).toBe('2026-12-01T09:30:00+08:00');
  });

  it('tell coming, ongoing and ended apart', () => {
    const at = Date.parse('2026-11-23T02:00:00Z');
    expect(phaseOf('2026-11-23T03:00:00Z', '2026-11-23T04:00:00Z', at)).toBe('coming');
    expect(phaseOf('2026-11-23T01:00:00Z', '2026-11-23T04:00:00Z', at)).toBe('ongoing');
    expect(phaseOf('2026-11-23T00:00:00Z', '2026-11-23T01:00:00Z', at)).toBe('ended');
    // Check-out stays open for an hour after the end.
    expect(checkStillOpen('2026-11-23T01:00:00Z', at)).toBe(true);
    expect(checkStillOpen('2026-11-23T00:59:00Z', at)).toBe(false);
  });

  it('round hours to two decimals at most', () => {
    expect(hoursText(1.5)).toBe('1.5');
    expect(hoursText(2)).toBe('2');
    expect(hoursText(0.333333)).toBe('0.33');
  });
});
