import { and, eq, sql } from 'drizzle-orm';
import type { Role } from '#contracts/labels.js';
import type { Db } from '../db/client.js';
import { accounts, places } from '../db/schema/index.js';
import type { Vault } from '../platform/crypto.js';
import { hashPassword } from '../platform/password.js';
import { pinyinKey } from '../modules/places/index.js';
import { buildCounty, type PlaceSeed } from './county.js';
import { seededRandom } from './random.js';

export const DEMO_COUNTY = '140322'; // 盂县
export const DEMO_PASSWORD = 'Sishuang@2026';

/** One account of each role; the two community admins show that scopes do not overlap. */
export const DEMO_ACCOUNTS: { username: string; displayName: string; role: Role; placeCode: string; phone?: string }[] = [
  { username: 'admin', displayName: '组织部管理员', role: 'orgAdmin', placeCode: '140322' },
  { username: 'street', displayName: '秀水镇管理员', role: 'streetAdmin', placeCode: '140322100' },
  { username: 'community', displayName: '富春园社区书记', role: 'communityAdmin', placeCode: '140322100101', phone: '13803531001' },
  { username: 'community2', displayName: '红楼社区书记', role: 'communityAdmin', placeCode: '140322100102', phone: '13803531002' },
  { username: 'grid', displayName: '富春园网格员', role: 'gridWorker', placeCode: '140322100101-01-G1', phone: '13803531003' },
  { username: 'secretary', displayName: '县供电公司党委书记', role: 'unitSecretary', placeCode: '140322100101', phone: '13803531004' },
  { username: 'member', displayName: '王建国', role: 'member', placeCode: '140322100101-01', phone: '13803531005' },
  { username: 'resident', displayName: '李秀英', role: 'resident', placeCode: '140322100101-01', phone: '13803531006' },
  { username: 'merchant', displayName: '秀水便民超市', role: 'merchant', placeCode: '140322100101', phone: '13803531007' },
];

type Flat = { seed: PlaceSeed; parentCode: string | null; depth: number };

function flatten(root: PlaceSeed): Flat[][] {
  const levels: Flat[][] = [];
  const walk = (seed: PlaceSeed, parentCode: string | null, depth: number) => {
    const level = levels[depth] ?? [];
    levels[depth] = level;
    level.push({ seed, parentCode, depth });
    for (const child of seed.children) walk(child, seed.code, depth + 1);
  };
  walk(root, null, 0);
  return levels;
}

/**
 * Loads the demo county level by level: each level is inserted in batches, then one UPDATE
 * derives every path from the parent's.
 */
export async function seedDemo(db: Db, vault: Vault, opts: { small?: boolean } = {}) {
  const started = Date.now();
  const tree = buildCounty({ countyCode: DEMO_COUNTY, rng: seededRandom(20261123), small: opts.small ?? false });
  const ids = new Map<string, number>();
  let placeCount = 0;
  await db.transaction(async (tx) => {
    for (const level of flatten(tree)) {
      for (let i = 0; i < level.length; i += 500) {
        const batch = level.slice(i, i + 500);
        const rows = await tx
          .insert(places)
          .values(
            batch.map((f) => ({
              countyCode: DEMO_COUNTY,
              parentId: f.parentCode ? (ids.get(f.parentCode) ?? null) : null,
              kind: f.seed.kind,
              name: f.seed.name,
              code: f.seed.code,
              path: '',
              depth: f.depth,
              pinyin: pinyinKey(f.seed.name),
            })),
          )
          .returning({ id: places.id, code: places.code });
        for (const r of rows) ids.set(r.code, r.id);
        placeCount += rows.length;
      }
      const depth = level[0]?.depth ?? 0;
      if (depth === 0)
        await tx
          .update(places)
          .set({ path: sql`'/' || ${places.id} || '/'` })
          .where(eq(places.depth, 0));
      else
        await tx.execute(
          sql`update places c set path = p.path || c.id || '/' from places p where c.parent_id = p.id and c.depth = ${depth} and c.county_code = ${DEMO_COUNTY}`,
        );
    }
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const a of DEMO_ACCOUNTS) {
      const placeId = ids.get(a.placeCode);
      if (!placeId) continue; // the small test county lacks some places
      await tx.insert(accounts).values({
        countyCode: DEMO_COUNTY,
        username: a.username,
        displayName: a.displayName,
        role: a.role,
        placeId,
        phoneCipher: a.phone ? vault.seal(a.phone) : null,
        phoneHash: a.phone ? vault.fingerprint(a.phone) : null,
        passwordHash,
        mustChangePassword: false,
      });
    }
  });
  return { places: placeCount, accounts: DEMO_ACCOUNTS.length, ms: Date.now() - started };
}

export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db
    .select({ id: places.id })
    .from(places)
    .where(and(eq(places.depth, 0)))
    .limit(1);
  return !row;
}
