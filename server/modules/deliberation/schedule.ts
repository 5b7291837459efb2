import { eq } from 'drizzle-orm';
import { deliberationSchedules } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { visiblePlace } from '../../platform/scope.js';
import { beijingDay } from '../pairing/index.js';

// 议事日: 联议会 meets on set days of the month (the 1st and 15th by default).

export const DEFAULT_DAYS = [1, 15];

/** The next `n` meeting days from `today` (inclusive), given the days of the month. Pure. */
export function nextMeetingDays(days: readonly number[], today: string, n = 4): string[] {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const out: string[] = [];
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7));
  while (out.length < n && sorted.length) {
    for (const d of sorted) {
      const day = `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      if (day >= today && out.length < n) out.push(day);
    }
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return out;
}

export async function scheduleOf(deps: AppDeps, caller: Caller, placeId: number) {
  const place = await visiblePlace(deps.db, caller, placeId);
  const [row] = await deps.db.select().from(deliberationSchedules).where(eq(deliberationSchedules.placeId, place.id));
  const days = row?.days ?? DEFAULT_DAYS;
  return { days, next: nextMeetingDays(days, beijingDay(deps.clock())) };
}

export async function setSchedule(deps: AppDeps, caller: Caller, placeId: number, days: number[]) {
  const place = await visiblePlace(deps.db, caller, placeId);
  const unique = [...new Set(days)].sort((a, b) => a - b);
  await deps.db.transaction(async (tx) => {
    await tx
      .insert(deliberationSchedules)
      .values({ placeId: place.id, countyCode: caller.countyCode, days: unique })
      .onConflictDoUpdate({ target: deliberationSchedules.placeId, set: { days: unique } });
    await audit(tx, caller, { action: 'update', entity: 'meeting', summary: `${place.name} 议事日：每月 ${unique.join('、')} 日` });
  });
  return scheduleOf(deps, caller, placeId);
}
