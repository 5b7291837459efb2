/** The building part of an address: everything up to and including the 号楼 / 栋 / 幢 segment. */
export function buildingOf(address: string): string {
  const parts = address.trim().split(/\s+/);
  const at = parts.findIndex((p) => /(号楼|栋|幢|楼)$/.test(p));
  if (at >= 0) return parts.slice(0, at + 1).join(' ');
  // No building segment: the address without its last part (the door), or itself.
  return parts.length > 1 ? parts.slice(0, -1).join(' ') : address;
}

/** The rest of the address after the building: unit and door. */
export const doorOf = (address: string, building: string) => address.slice(building.length).trim() || address;

/** Rows grouped by building, buildings and their rows in address order. */
export function groupByBuilding<T>(rows: readonly T[], addressOf: (row: T) => string): { building: string; rows: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const building = buildingOf(addressOf(row));
    const list = groups.get(building) ?? [];
    list.push(row);
    groups.set(building, list);
  }
  const byAddress = (a: T, b: T) => addressOf(a).localeCompare(addressOf(b), 'zh-CN', { numeric: true });
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'zh-CN', { numeric: true }))
    .map(([building, list]) => ({ building, rows: list.sort(byAddress) }));
}
