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
