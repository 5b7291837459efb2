import type { PairingCoverageRowDto } from '#contracts/pairing.js';

type Counts = { keyHouseholds: number; covered: number; onTime: number; overdue: number };
/** street and community nodes group others; 'ungridded' is a community's households outside any grid. */
export type PairingTreeKind = 'street' | 'community' | 'grid' | 'ungridded';
export type PairingTreeRow = Counts & { key: string; name: string; kind: PairingTreeKind; placeId?: number; children?: PairingTreeRow[] };

/** Percent rounded to a whole number; null when there is nothing to count. */
export const percentOf = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 100));

const sum = (rows: readonly Counts[]): Counts => ({
  keyHouseholds: rows.reduce((n, r) => n + r.keyHouseholds, 0),
  covered: rows.reduce((n, r) => n + r.covered, 0),
  onTime: rows.reduce((n, r) => n + r.onTime, 0),
  overdue: rows.reduce((n, r) => n + r.overdue, 0),
});

/** Groups in first-seen order. */
function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    const key = keyOf(r);
    const list = groups.get(key) ?? [];
    list.push(r);
    groups.set(key, list);
  }
  return groups;
}

/** Communities under their street, each street with its totals. */
export function byStreet(rows: readonly PairingCoverageRowDto[], noStreet: string): PairingTreeRow[] {
  return [...groupBy(rows, (r) => r.street || noStreet).entries()].map(([name, list]) => {
    const children = list.map((r): PairingTreeRow => ({ key: `c${r.place.id}`, name: r.place.name, kind: 'community', placeId: r.place.id, ...sum([r]) }));
    return { key: `s${name}`, name, kind: 'street', children, ...sum(children) };
  });
}

/**
 * The `by=grid` rows as street → community → grid. A row of kind 'community' holds that community's key
 * households outside any grid: it comes last under its community, named `ungridded`.
 */
export function byGrid(rows: readonly PairingCoverageRowDto[], noStreet: string, ungridded: string): PairingTreeRow[] {
  return [...groupBy(rows, (r) => r.street || noStreet).entries()].map(([street, inStreet]) => {
    const communities = [...groupBy(inStreet, (r) => r.community).entries()].map(([community, list]): PairingTreeRow => {
      const grids = list
        .filter((r) => r.kind === 'grid')
        .map((r): PairingTreeRow => ({ key: `g${r.place.id}`, name: r.place.name, kind: 'grid', placeId: r.place.id, ...sum([r]) }));
      const rest = list.filter((r) => r.kind === 'community');
      const children = rest.length ? [...grids, { key: `u${street}/${community}`, name: ungridded, kind: 'ungridded' as const, ...sum(rest) }] : grids;
      return { key: `c${street}/${community}`, name: community, kind: 'community', children, ...sum(children) };
    });
    return { key: `s${street}`, name: street, kind: 'street', children: communities, ...sum(communities) };
  });
}

/** What the chart compares: the streets, else one street's communities, else one community's grids. */
export function chartLevel(tree: readonly PairingTreeRow[]): { level: 'street' | 'community' | 'grid'; rows: readonly PairingTreeRow[] } {
  const [street] = tree;
  if (tree.length !== 1 || !street?.children) return { level: 'street', rows: tree };
  const [community] = street.children;
  if (street.children.length === 1 && community?.children) return { level: 'grid', rows: community.children };
  return { level: 'community', rows: street.children };
}

/** The keys of every row that has children: the table opens them all at first. */
export const groupKeys = (tree: readonly PairingTreeRow[]): string[] => tree.flatMap((r) => (r.children ? [r.key, ...groupKeys(r.children)] : []));

export const totalOf = sum;
