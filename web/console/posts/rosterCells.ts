import type { ShiftDto } from '#contracts/wishes.js';

// The roster editor's state: which (member, day) cells are ticked, keyed `memberId|date`.

export const cellKey = (memberId: number, date: string) => `${memberId}|${date}`;

/** The cells of the week's unserved shifts: those a save replaces. */
export const plannedCells = (shifts: ShiftDto[]) => new Set(shifts.filter((s) => !s.done).map((s) => cellKey(s.member.id, s.date)));

export const sameCells = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((key) => b.has(key));

/** The ticked cells as the roster body, in day order. */
export function shiftsOf(cells: Set<string>): { date: string; memberId: number }[] {
  return [...cells]
    .map((key) => {
      const [memberId, date] = key.split('|');
      return { date: date ?? '', memberId: Number(memberId) };
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.memberId - b.memberId);
}
