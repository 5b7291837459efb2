// chinese-days ships CommonJS/UMD: Node's ES loader sees only its default export.
import chineseDays from 'chinese-days';
import type { Label } from '#contracts/labels.js';

// 走访频次: 每月必访 (key households, every calendar month), 重大节日必访 (春节、端午、中秋、重阳, from the
// lunar calendar), 有需求必访 (within a few days of a need being raised). All dates are Beijing calendar days.

export type Festival = { key: 'springFestival' | 'dragonBoat' | 'midAutumn' | 'doubleNinth'; date: string; name: Label };

const FESTIVALS: { key: Festival['key']; lunar: string; name: Label }[] = [
  { key: 'springFestival', lunar: '01-01', name: { 'zh-CN': '春节', en: 'Spring Festival' } },
  { key: 'dragonBoat', lunar: '05-05', name: { 'zh-CN': '端午', en: 'Dragon Boat Festival' } },
  { key: 'midAutumn', lunar: '08-15', name: { 'zh-CN': '中秋', en: 'Mid-Autumn Festival' } },
  { key: 'doubleNinth', lunar: '09-09', name: { 'zh-CN': '重阳', en: 'Double Ninth (elders’ day)' } },
];

/** The main festivals of a (solar) year, from China's lunar calendar. */
export function festivalsOf(year: number): Festival[] {
  return FESTIVALS.map((f) => ({ key: f.key, date: chineseDays.getSolarDateFromLunar(`${year}-${f.lunar}`).date, name: f.name }));
}

export const CADENCE = {
  /** A festival visit counts from a week before the day to three days after. */
  festivalBefore: 7,
  festivalAfter: 3,
  /** 有需求必访: a visit within this many days of the need. */
  needDays: 3,
} as const;

export type VisitKind = 'monthly' | 'festival' | 'need';
export type Due = { kind: VisitKind /** last day it counts */; dueBy: string; overdue: boolean; label: Label };

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const monthOf = (day: string) => day.slice(0, 7);
const lastDayOfMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, m ?? 0, 0)).toISOString().slice(0, 10);
};
const previousMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return (m ?? 1) === 1 ? `${(y ?? 0) - 1}-12` : `${y}-${String((m ?? 1) - 1).padStart(2, '0')}`;
};

/** Today's calendar day in Beijing. */
export const beijingDay = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * What a household is owed now: this month's visit (and last month's, if it was missed), the nearest
 * festival's, and one for each recent need. `visits` and `needs` are Beijing calendar days.
 */
export function dueVisits(input: { key: boolean; visits: string[]; needs: string[]; today: string; since?: string }): Due[] {
  const { visits, today } = input;
  const visitedBetween = (from: string, to: string) => visits.some((v) => v >= from && v <= to);
  const dues: Due[] = [];
  const fresh = (from: string) => !input.since || from >= input.since;

  if (input.key) {
    const month = monthOf(today);
    const last = previousMonth(month);
    if (fresh(`${last}-01`) && !visitedBetween(`${last}-01`, lastDayOfMonth(last))) {
      dues.push({ kind: 'monthly', dueBy: lastDayOfMonth(last), overdue: true, label: { 'zh-CN': `${last} 月度走访`, en: `Monthly visit, ${last}` } });
    }
    if (!visitedBetween(`${month}-01`, lastDayOfMonth(month))) {
      dues.push({ kind: 'monthly', dueBy: lastDayOfMonth(month), overdue: false, label: { 'zh-CN': `${month} 月度走访`, en: `Monthly visit, ${month}` } });
    }
    const year = Number(today.slice(0, 4));
    for (const f of [...festivalsOf(year - 1), ...festivalsOf(year)]) {
      const from = addDays(f.date, -CADENCE.festivalBefore);
      const to = addDays(f.date, CADENCE.festivalAfter);
      // The window open now, or closed within the last 30 days without a visit.
      if (from > today || addDays(to, 30) < today || !fresh(from)) continue;
      if (visitedBetween(from, to)) continue;
      dues.push({
        kind: 'festival',
        dueBy: to,
        overdue: to < today,
        label: { 'zh-CN': `${f.name['zh-CN']}走访（${f.date}）`, en: `${f.name.en} visit (${f.date})` },
      });
    }
  }
  for (const raised of input.needs) {
    const to = addDays(raised, CADENCE.needDays);
    if (addDays(to, 30) < today || visitedBetween(raised, to)) continue;
    dues.push({ kind: 'need', dueBy: to, overdue: to < today, label: { 'zh-CN': `有需求走访（${raised}）`, en: `Visit after a need (${raised})` } });
  }
  return dues.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueBy.localeCompare(b.dueBy));
}
