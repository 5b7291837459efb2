import type { DueDto, HouseholdPairingDto } from '#contracts/pairing.js';

const overdue = (d: DueDto) => d.dues.some((due) => due.overdue);
/** The earliest date anything is due by, '~' (after every date) when nothing is due. */
const firstDue = (d: DueDto) => d.dues.reduce((min, due) => (due.dueBy < min ? due.dueBy : min), '~');

/** Plain code-unit order: ISO dates sort as text, and '~' after them (localeCompare puts it first). */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Overdue households first, then by what is due soonest, then by address. */
export function sortDue(rows: readonly DueDto[]): DueDto[] {
  return [...rows].sort(
    (a, b) =>
      Number(overdue(b)) - Number(overdue(a)) ||
      byCode(firstDue(a), firstDue(b)) ||
      a.household.address.localeCompare(b.household.address, 'zh-CN', { numeric: true }),
  );
}

export const isOverdue = overdue;

/** The due list names only households owing a visit; the member's other pairings join it with nothing due. */
export function withPairings(due: readonly DueDto[], pairings: readonly HouseholdPairingDto[]): DueDto[] {
  const listed = new Set(due.map((d) => d.household.id));
  const rest = pairings
    .filter((p) => !listed.has(p.household.id))
    .map(
      (p): DueDto => ({ household: { id: p.household.id, address: p.household.address, care: p.household.care }, member: p.member, lastVisit: null, dues: [] }),
    );
  return [...due, ...rest];
}
