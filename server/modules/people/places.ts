import { inArray } from 'drizzle-orm';
import type { PlaceKind } from '#contracts/labels.js';
import type { Conn } from '../../db/client.js';
import { places } from '../../db/schema/index.js';
import { idsOfPath } from '../places/index.js';

export type PlaceName = { id: number; name: string; kind: PlaceKind };

/** Names of every place along the given paths, in one query. */
export async function namesAlong(conn: Conn, paths: string[]): Promise<Map<number, PlaceName>> {
  const ids = [...new Set(paths.flatMap(idsOfPath))];
  if (!ids.length) return new Map();
  const rows = await conn.select({ id: places.id, name: places.name, kind: places.kind }).from(places).where(inArray(places.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

/** "富春园社区 锦绣小区 3号楼 2单元": from the community down, grids left out as residents do. */
export function addressOf(path: string, names: Map<number, PlaceName>): string {
  return idsOfPath(path)
    .flatMap((id) => names.get(id) ?? [])
    .filter((p) => p.kind !== 'county' && p.kind !== 'street' && p.kind !== 'grid')
    .map((p) => p.name)
    .join(' ');
}

export const communityOf = (path: string, names: Map<number, PlaceName>) =>
  idsOfPath(path)
    .map((id) => names.get(id))
    .find((p) => p?.kind === 'community') ?? null;
