import { describe, expect, it } from 'vitest';
import { qrRefetchDelay } from './activities.js';

describe('the check-in screen’s next code', () => {
  const now = Date.parse('2026-11-23T10:00:10Z');

  it('is fetched just after the current one expires, when the server turns it', () => {
    expect(qrRefetchDelay('2026-11-23T10:00:30Z', now)).toBe(20_300);
  });

  it('is retried after a second when the clock runs ahead, and never waits past a window', () => {
    expect(qrRefetchDelay('2026-11-23T10:00:00Z', now)).toBe(1_000);
    expect(qrRefetchDelay('2026-11-23T10:05:00Z', now)).toBe(30_000);
    expect(qrRefetchDelay('not a time', now)).toBe(5_000);
  });
});
