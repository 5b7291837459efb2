import type { DueDto } from '#contracts/pairing.js';

const overdue = (d: DueDto) => d.dues.some((due) => due.overdue);
/** The earliest date anything is due by, '~' (after every date) when nothing is due. */
const firstDue = (d: DueDto) => d.dues.reduce((min, due) => (due.dueBy < min ? due.dueBy : min), '~');

/** Plain code-unit order: ISO dates sort as text, and '~' after them (localeCompare puts it first). */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Overdue households first, then those owing a visit (soonest due first), then those owing nothing; by address within each. */
export function sortDue(rows: readonly DueDto[]): DueDto[] {
  return [...rows].sort(
    (a, b) =>
      Number(overdue(b)) - Number(overdue(a)) ||
      byCode(firstDue(a), firstDue(b)) ||
      a.household.address.localeCompare(b.household.address, 'zh-CN', { numeric: true }),
  );
}

export const isOverdue = overdue;
