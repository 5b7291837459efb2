import dayjs, { type Dayjs } from 'dayjs';
import { ZONE } from '../../shared/time.js';

// Roster weeks run Monday to Sunday, in China Standard Time whatever the browser's zone.

/** Today in Shanghai, `YYYY-MM-DD`. */
export const todayIso = (now: Date = new Date()) => dayjs(now).tz(ZONE).format('YYYY-MM-DD');

/** The Monday of the week holding `date` (`YYYY-MM-DD`). */
export function mondayOf(date: string): string {
  const day = dayjs(date);
  return day.subtract((day.day() + 6) % 7, 'day').format('YYYY-MM-DD');
}

/** The seven days of the week starting `monday`. */
export const weekDays = (monday: string): string[] => Array.from({ length: 7 }, (_, i) => dayjs(monday).add(i, 'day').format('YYYY-MM-DD'));

export const shiftWeek = (monday: string, weeks: number) => dayjs(monday).add(weeks, 'week').format('YYYY-MM-DD');

/** A picked calendar day (the week picker's value) as its week's Monday. */
export const mondayOfPicked = (day: Dayjs) => mondayOf(day.format('YYYY-MM-DD'));
