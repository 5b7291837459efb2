import type { Vault } from '../../platform/crypto.js';

// The organiser's QR code changes every 30 seconds: a photo forwarded to a friend stops working.

export const CODE_SECONDS = 30;
/** Check-in opens before the start and check-out closes after the end, by these margins. */
export const OPENS_BEFORE_MS = 30 * 60_000;
export const CLOSES_AFTER_MS = 60 * 60_000;

const windowOf = (at: Date) => Math.floor(at.getTime() / (CODE_SECONDS * 1000));

function code(vault: Vault, activityId: number, window: number): string {
  const hex = vault
    .fingerprint(`activity:${activityId}:${window}`)
    .replace(/[^0-9a-f]/gi, '')
    .slice(0, 12);
  return BigInt(`0x${hex || '0'}`)
    .toString(36)
    .toUpperCase()
    .padStart(6, '0')
    .slice(-6);
}

export function currentCode(vault: Vault, activityId: number, now: Date): { code: string; expiresAt: Date } {
  const w = windowOf(now);
  return { code: code(vault, activityId, w), expiresAt: new Date((w + 1) * CODE_SECONDS * 1000) };
}

/** The code of this window or the one before (a scan may take a few seconds to arrive). */
export function codeIsValid(vault: Vault, activityId: number, given: string, now: Date): boolean {
  const w = windowOf(now);
  return given === code(vault, activityId, w) || given === code(vault, activityId, w - 1);
}

/** Hours served: from check-in to check-out, within the activity's own time, to two decimals. */
export function hoursServed(checkIn: Date, checkOut: Date, startsAt: Date, endsAt: Date): number {
  const from = Math.max(checkIn.getTime(), startsAt.getTime());
  const to = Math.min(checkOut.getTime(), endsAt.getTime());
  return Math.max(0, Math.round(((to - from) / 3600_000) * 100) / 100);
}

export function withinCheckWindow(now: Date, startsAt: Date, endsAt: Date): boolean {
  return now.getTime() >= startsAt.getTime() - OPENS_BEFORE_MS && now.getTime() <= endsAt.getTime() + CLOSES_AFTER_MS;
}
