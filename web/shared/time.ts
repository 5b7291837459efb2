import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Times are stored in UTC and shown in China Standard Time, wherever the browser is. */
export const ZONE = 'Asia/Shanghai';

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const time = dayjs(iso);
  return time.isValid() ? time.tz(ZONE).format('YYYY-MM-DD HH:mm') : '';
}

/** A picked calendar day as the start (or end) of that day in Shanghai, ISO 8601 with its offset. */
export function dayStart(day: Dayjs): string {
  return dayjs.tz(day.format('YYYY-MM-DD'), ZONE).startOf('day').format();
}

export function dayEnd(day: Dayjs): string {
  return dayjs.tz(day.format('YYYY-MM-DD'), ZONE).endOf('day').format();
}

/** A picked calendar day as `YYYY-MM-DD`, the API's date format. */
export function isoDate(day: Dayjs | null | undefined): string | undefined {
  return day ? day.format('YYYY-MM-DD') : undefined;
}

/** An API date (`YYYY-MM-DD`) for a date picker. */
export function dayOf(date: string | null | undefined): Dayjs | undefined {
  if (!date) return undefined;
  const day = dayjs(date);
  return day.isValid() ? day : undefined;
}
