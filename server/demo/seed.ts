import { and, eq, inArray, sql } from 'drizzle-orm';
import type { CareCategory, HouseholdLabel, Role } from '#contracts/labels.js';
import type { Db } from '../db/client.js';
import { accounts, households, members, organizations, partyOrgs, places, residents } from '../db/schema/index.js';
import type { Tx } from '../db/client.js';
import { sealIdNumber, sealPhone } from '../platform/personal.js';
import type { Vault } from '../platform/crypto.js';
import { hashPassword } from '../platform/password.js';
import { pinyinKey } from '../modules/places/index.js';
import { buildCounty, type PlaceSeed } from './county.js';
import { demoResident, seedRegistrations } from './registrations.js';
import { seedPairing, seedService } from './service.js';
import { seedPoints, seedYearEnd } from './points.js';
import { seedGovernance } from './governance.js';
import { earnPoints } from '../modules/points/index.js';
import {
  EDUCATION_CHOICES,
  FREE_TIMES,
  INTENTIONS,
  RELATION_ORDER,
  TALENT_CHOICES,
  birthDate,
  careCategories,
  householdLabel,
  idNumber,
  organizationSeeds,
  personName,
  phoneNumber,
} from './people.js';
import { type Random, seededRandom } from './random.js';

export const DEMO_COUNTY = '140322'; // 盂县
export const DEMO_PASSWORD = 'Sishuang@2026';

/** One account of each role; the two community admins show that scopes do not overlap. */
const SECRETARY_UNIT = '国网盂县供电公司';

export const DEMO_ACCOUNTS: { username: string; displayName: string; role: Role; placeCode: string; phone?: string; organization?: string }[] = [
  { username: 'admin', displayName: '组织部管理员', role: 'orgAdmin', placeCode: '140322' },
  { username: 'street', displayName: '秀水镇管理员', role: 'streetAdmin', placeCode: '140322100' },
  { username: 'community', displayName: '富春园社区书记', role: 'communityAdmin', placeCode: '140322100101', phone: '13803531001' },
  { username: 'community2', displayName: '红楼社区书记', role: 'communityAdmin', placeCode: '140322100102', phone: '13803531002' },
  { username: 'grid', displayName: '富春园网格员', role: 'gridWorker', placeCode: '140322100101-01-G1', phone: '13803531003' },
  {
    username: 'secretary',
    displayName: '县供电公司党委书记',
    role: 'unitSecretary',
    placeCode: '140322100101',
    phone: '13803531004',
    organization: SECRETARY_UNIT,
  },
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
  let people = { organizations: 0, households: 0, residents: 0, members: 0 };
  const levels = flatten(tree);
  await db.transaction(async (tx) => {
    for (const level of levels) {
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
    const small = opts.small ?? false;
    const seeded = await seedPeople(tx, vault, seededRandom(7), levels.flat(), ids, small);
    people = seeded.counts;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const a of DEMO_ACCOUNTS) {
      const placeId = ids.get(a.placeCode);
      if (!placeId) continue; // the small test county lacks some places
      await tx.insert(accounts).values({
        organizationId: a.organization ? (seeded.organizationIds.get(a.organization) ?? null) : null,
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
    const memberPhone = DEMO_ACCOUNTS.find((a) => a.username === 'member')?.phone ?? '';
    await seedRegistrations(tx, vault, seededRandom(11), { county: DEMO_COUNTY, secretaryUnit: SECRETARY_UNIT, memberPhone, small });
    const residentPhone = DEMO_ACCOUNTS.find((a) => a.username === 'resident')?.phone ?? '';
    await demoResident(tx, vault, seededRandom(13), DEMO_COUNTY, residentPhone);
    if (!small) await seedService(tx, seededRandom(17), { county: DEMO_COUNTY, now: new Date() });
    if (!small) await seedPairing(tx, seededRandom(19), { county: DEMO_COUNTY, now: new Date() });
    await seedPoints(tx, { county: DEMO_COUNTY, now: new Date(), memberService: !small });
  });
  // A year of service turns into points by the county's rules, as the sweep would do.
  await earnPoints({ db, clock: () => new Date() }, DEMO_COUNTY);
  if (!(opts.small ?? false)) await seedYearEnd(db, { county: DEMO_COUNTY, now: new Date() });
  if (!(opts.small ?? false)) await seedGovernance(db, vault, new Date());
  return { places: placeCount, accounts: DEMO_ACCOUNTS.length, ...people, ms: Date.now() - started };
}

export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db
    .select({ id: places.id })
    .from(places)
    .where(and(eq(places.depth, 0)))
    .limit(1);
  return !row;
}

async function insertBatched<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 500) await insert(rows.slice(i, i + 500));
}

/**
 * 单位 in the town's communities, households on every stairwell unit and village grid, residents in
 * them, and in-service members living in those households and working in those units.
 */
async function seedPeople(tx: Tx, vault: Vault, rng: Random, all: Flat[], ids: Map<string, number>, small: boolean) {
  const idOf = (code: string) => ids.get(code) ?? 0;
  const urban = all.filter((f) => f.seed.kind === 'community' && f.seed.name.endsWith('社区'));
  // 单位 and their party organisations.
  const orgSeeds = organizationSeeds(rng, small ? 8 : 80);
  const orgRows = await tx
    .insert(organizations)
    .values(
      orgSeeds.map((o, i) => {
        // The demo secretary's unit sits in 富春园社区, where its secretary's account is.
        const community = (o.name === SECRETARY_UNIT && urban.find((u) => u.seed.code === '140322100101')) || urban[i % urban.length] || urban[0];
        return {
          countyCode: DEMO_COUNTY,
          name: o.name,
          kind: o.kind,
          industry: o.industry,
          address: `盂县${community?.seed.name.replace('社区', '') ?? ''}路${rng.int(1, 200)}号`,
          placeId: idOf(community?.seed.code ?? ''),
          pinyin: pinyinKey(o.name),
        };
      }),
    )
    .returning({ id: organizations.id, name: organizations.name });
  const organizationIds = new Map(orgRows.map((o) => [o.name, o.id]));
  const branchRows = await tx
    .insert(partyOrgs)
    .values(
      orgRows.map((o, i) => ({
        countyCode: DEMO_COUNTY,
        organizationId: o.id,
        name: `${o.name.replace(/^中共|^国家税务总局/, '')}${i < 26 ? '机关党支部' : '党支部'}`,
        level: i === 0 || i === 38 ? ('committee' as const) : ('branch' as const),
        secretaryName: personName(rng),
        contactPhoneCipher: vault.seal(phoneNumber(rng)),
      })),
    )
    .returning({ id: partyOrgs.id, organizationId: partyOrgs.organizationId });
  const branchOf = new Map(branchRows.map((b) => [b.organizationId, b.id]));

  // 户: 2-4 doors on each stairwell unit, 10-18 in each village grid.
  const homeSeeds: { placeId: number; doorNo: string; label: HouseholdLabel; care: CareCategory[] }[] = [];
  for (const f of all) {
    const doors =
      f.seed.kind === 'unit'
        ? Array.from({ length: small ? 2 : rng.int(2, 4) }, (_, i) => `${Math.floor(i / 2) + 1}0${(i % 2) + 1}`)
        : f.seed.kind === 'grid' && f.seed.children.length === 0
          ? Array.from({ length: small ? 3 : rng.int(10, 18) }, (_, i) => String(i + 1))
          : [];
    for (const doorNo of doors) {
      const label = householdLabel(rng);
      homeSeeds.push({ placeId: idOf(f.seed.code), doorNo, label, care: careCategories(rng, label) });
    }
  }
  const homeIds: { id: number; placeId: number; label: HouseholdLabel }[] = [];
  await insertBatched(homeSeeds, async (batch) => {
    const rows = await tx
      .insert(households)
      .values(batch.map((h) => ({ countyCode: DEMO_COUNTY, placeId: h.placeId, doorNo: h.doorNo, label: h.label, careCategories: h.care })))
      .returning({ id: households.id, placeId: households.placeId, label: households.label });
    homeIds.push(...rows);
  });

  // 居民: one to four per occupied household.
  const residentRows: (typeof residents.$inferInsert)[] = [];
  for (const h of homeIds) {
    if (h.label === 'vacant') continue;
    const n = rng.int(1, 4);
    for (let i = 0; i < n; i++) {
      const gender = rng.next() < 0.5 ? 'male' : 'female';
      const born = i < 2 ? birthDate(rng, 1945, 1990) : birthDate(rng, 2000, 2020);
      const name = personName(rng);
      const id = idNumber(rng, born, gender);
      residentRows.push({
        countyCode: DEMO_COUNTY,
        householdId: h.id,
        name,
        pinyin: pinyinKey(name),
        gender,
        birthDate: born,
        relation: RELATION_ORDER[i] ?? 'other',
        ...sealIdNumber(vault, id),
        ...sealPhone(vault, i === 0 ? phoneNumber(rng) : null),
      });
    }
  }
  await insertBatched(residentRows, (batch) => tx.insert(residents).values(batch));

  // 在职党员: living in the county's households, working in its units.
  const occupied = homeIds.filter((h) => h.label !== 'vacant');
  const memberCount = small ? 30 : 3400;
  const memberRows: (typeof members.$inferInsert)[] = [];
  const memberHomes = new Set<number>();
  for (let i = 0; i < memberCount; i++) {
    const gender = rng.next() < 0.55 ? 'male' : 'female';
    const born = birthDate(rng, 1964, 2000);
    const joined = birthDate(rng, Number(born.slice(0, 4)) + 20, 2025);
    const org = orgRows[i % orgRows.length];
    const home = rng.pick(occupied);
    memberHomes.add(home.id);
    const name = personName(rng);
    const talents = rng.next() < 0.6 ? [rng.pick(TALENT_CHOICES)] : [];
    memberRows.push({
      countyCode: DEMO_COUNTY,
      name,
      pinyin: pinyinKey(name),
      gender,
      birthDate: born,
      ethnicity: rng.next() < 0.97 ? '汉族' : '回族',
      education: rng.pick(EDUCATION_CHOICES),
      organizationId: org?.id ?? null,
      partyOrgId: org ? (branchOf.get(org.id) ?? null) : null,
      memberType: joined > '2025-06-01' ? 'probationary' : 'full',
      status: 'active',
      joinedAt: joined,
      fullAt: joined > '2025-06-01' ? null : `${Number(joined.slice(0, 4)) + 1}${joined.slice(4)}`,
      householdId: home.id,
      homePlaceId: home.placeId,
      talents,
      intentions: rng.pick(INTENTIONS),
      freeTime: rng.pick(FREE_TIMES),
      ...sealIdNumber(vault, idNumber(rng, born, gender)),
      ...sealPhone(vault, phoneNumber(rng)),
    });
  }
  await insertBatched(memberRows, (batch) => tx.insert(members).values(batch));
  // A household with a member living in it carries the 党员 label.
  await insertBatched([...memberHomes], (batch) => tx.update(households).set({ label: 'partyMember' }).where(inArray(households.id, batch)));
  return {
    organizationIds,
    counts: { organizations: orgRows.length, households: homeIds.length, residents: residentRows.length, members: memberRows.length },
  };
}
