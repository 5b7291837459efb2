import type { PairingCoverageRowDto } from '#contracts/pairing.js';

type Counts = { keyHouseholds: number; covered: number; onTime: number; overdue: number };
export type PairingTreeRow = Counts & { key: string; name: string; placeId?: number; children?: PairingTreeRow[] };

/** Percent rounded to a whole number; null when there is nothing to count. */
export const percentOf = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 100));

const sum = (rows: readonly Counts[]): Counts => ({
  keyHouseholds: rows.reduce((n, r) => n + r.keyHouseholds, 0),
  covered: rows.reduce((n, r) => n + r.covered, 0),
  onTime: rows.reduce((n, r) => n + r.onTime, 0),
  overdue: rows.reduce((n, r) => n + r.overdue, 0),
});

/** Communities under their street, each street with its totals. */
export function byStreet(rows: readonly PairingCoverageRowDto[], noStreet: string): PairingTreeRow[] {
  const streets = new Map<string, PairingTreeRow[]>();
  for (const r of rows) {
    const name = r.street || noStreet;
    const list = streets.get(name) ?? [];
    list.push({ key: `c${r.place.id}`, name: r.place.name, placeId: r.place.id, ...sum([r]) });
    streets.set(name, list);
  }
  return [...streets.entries()].map(([name, children]) => ({ key: `s${name}`, name, children, ...sum(children) }));
}

export const totalOf = sum;
