import dayjs, { type Dayjs } from 'dayjs';
import { ZONE } from '../../shared/time.js';

/** `2026-11-23 14:00–16:00`, or both full times when the activity spans days. */
export function timeRange(startsAt: string, endsAt: string): string {
  const start = dayjs(startsAt).tz(ZONE);
  const end = dayjs(endsAt).tz(ZONE);
  if (!start.isValid() || !end.isValid()) return '';
  const endText = start.isSame(end, 'day') ? end.format('HH:mm') : end.format('YYYY-MM-DD HH:mm');
  return `${start.format('YYYY-MM-DD HH:mm')}–${endText}`;
}

/** `HH:mm` in Shanghai. */
export const clockOf = (iso: string | null | undefined) => (iso ? dayjs(iso).tz(ZONE).format('HH:mm') : '');

/** A picked date and time, read as Shanghai wall-clock time, as ISO 8601 with its offset. */
export const pickedToIso = (picked: Dayjs) => dayjs.tz(picked.format('YYYY-MM-DD HH:mm'), ZONE).format();

/** The month (`YYYY-MM`) a picked time falls in, for its 一月一主题. */
export const monthOf = (picked: Dayjs) => picked.format('YYYY-MM');

export type Phase = 'coming' | 'ongoing' | 'ended';

export function phaseOf(startsAt: string, endsAt: string, now = Date.now()): Phase {
  if (now < Date.parse(startsAt)) return 'coming';
  return now <= Date.parse(endsAt) ? 'ongoing' : 'ended';
}

/** Check-out stays open this long after the end (the server's window). */
export const CHECK_OUT_GRACE_MS = 60 * 60_000;

/** Whether codes can still be used: until an hour after the end. */
export const checkStillOpen = (endsAt: string, now = Date.now()) => now <= Date.parse(endsAt) + CHECK_OUT_GRACE_MS;

/** Hours to one decimal place where needed: 1.5, 2, 0. */
export const hoursText = (hours: number) => String(Math.round(hours * 100) / 100);
