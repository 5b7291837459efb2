import dayjs from 'dayjs';
import { ZONE } from '../../shared/time.js';

/** This year in China, whatever the browser's zone. */
export const thisYear = () => dayjs().tz(ZONE).year();

/** The years to filter by: a few back and the next one, newest first. */
export const yearOptions = (back = 4) => Array.from({ length: back + 2 }, (_, i) => thisYear() + 1 - i).map((y) => ({ value: y, label: String(y) }));

/** This month in China as `YYYY-MM`. */
export const thisMonth = () => dayjs().tz(ZONE).format('YYYY-MM');
