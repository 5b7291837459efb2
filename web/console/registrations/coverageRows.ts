import type { CoverageRowDto } from '#contracts/registration.js';

type Counts = Pick<CoverageRowDto, 'members' | 'membersRegistered' | 'units' | 'unitsRegistered'>;

/** A row of the 报到台账 table: a street with its totals and its communities, or one community. */
export type CoverageTreeRow = Counts & {
  key: string;
  name: string;
  /** Set on community rows: opens the member ledger filtered to it. */
  placeId?: number;
  children?: CoverageTreeRow[];
};

/** Percent with one decimal; null when there is nobody to count. */
export const rate = (part: number, whole: number): number | null => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);

const sum = (rows: Counts[]): Counts => ({
  members: rows.reduce((n, r) => n + r.members, 0),
  membersRegistered: rows.reduce((n, r) => n + r.membersRegistered, 0),
  units: rows.reduce((n, r) => n + r.units, 0),
  unitsRegistered: rows.reduce((n, r) => n + r.unitsRegistered, 0),
});

/** Communities grouped under their street (in the server's order), each street with its totals. */
export function groupByStreet(rows: CoverageRowDto[], noStreet: string): CoverageTreeRow[] {
  const streets = new Map<string, CoverageRowDto[]>();
  for (const row of rows) streets.set(row.street, [...(streets.get(row.street) ?? []), row]);
  return [...streets].map(([street, communities]) => ({
    key: `street:${street}`,
    name: street || noStreet,
    ...sum(communities),
    children: communities.map((c) => ({
      key: `community:${c.place.id}`,
      name: c.place.name,
      placeId: c.place.id,
      members: c.members,
      membersRegistered: c.membersRegistered,
      units: c.units,
      unitsRegistered: c.unitsRegistered,
    })),
  }));
}

export const totals = (rows: CoverageRowDto[]): Counts => sum(rows);
