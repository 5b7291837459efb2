import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { accounts, households, members, organizations, partyOrgs, places, residents, resources, unitRegistrations } from '../db/schema/index.js';
import type { Vault } from '../platform/crypto.js';
import { sealIdNumber, sealPhone } from '../platform/personal.js';
import { pinyinKey } from '../modules/places/index.js';
import { idNumber } from './people.js';
import type { Random } from './random.js';

// 双报到 in the demo county: most members and units have registered, downtown (秀水镇) far more than
// the villages, so the ledgers, the 漏报 list and the 扎堆 view all have something to show.

const DOWNTOWN = '140322100';
const COMMUNITY_SEGMENT = 4; // '/county/street/community/…': communities sit at depth 2

export async function seedRegistrations(
  tx: Tx,
  vault: Vault,
  rng: Random,
  opts: { county: string; secretaryUnit: string; memberPhone: string; small: boolean },
) {
  const [downtown] = await tx
    .select({ path: places.path })
    .from(places)
    .where(and(eq(places.countyCode, opts.county), eq(places.code, DOWNTOWN)));
  const downtownPath = downtown?.path ?? '/-/';
  const [unit] = await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.name, opts.secretaryUnit));
  const secretaryUnit = unit?.id ?? -1;
  // Last, so none of the registrations below picks the demo member: they are on the 漏报 list.
  const member = () => demoMember(tx, vault, rng, opts.county, unit?.id ?? null, opts.memberPhone);
  if (opts.small) return member(); // the test county starts with no registrations

  // Approved member registrations at the home community: 85% downtown, 40% elsewhere, half of the
  // demo secretary's unit (the rest are its 漏报 list). The ids' hash keeps it deterministic.
  await tx.execute(sql`
    insert into member_registrations (county_code, member_id, place_id, household_id, talents, intentions, free_time, status, created_at, decided_at)
    select m.county_code, m.id, split_part(p.path, '/', ${COMMUNITY_SEGMENT})::bigint, m.household_id, m.talents, m.intentions, m.free_time, 'approved',
           timestamptz '2026-03-01 09:00+08' + (m.id % 200) * interval '1 day',
           timestamptz '2026-03-02 10:00+08' + (m.id % 200) * interval '1 day'
    from members m join places p on p.id = m.home_place_id
    where m.county_code = ${opts.county}
      and (m.id * 7919) % 100 < case
        when m.organization_id = ${secretaryUnit} then 50
        when p.path like ${`${downtownPath}%`} then 85
        else 40 end`);
  // A few waiting for approval, away from 富春园社区 (whose first member the browser test registers).
  await tx.execute(sql`
    insert into member_registrations (county_code, member_id, place_id, household_id, talents, intentions, free_time, status, created_at)
    select m.county_code, m.id, split_part(p.path, '/', ${COMMUNITY_SEGMENT})::bigint, m.household_id, m.talents, m.intentions, m.free_time, 'submitted',
           timestamptz '2026-11-16 09:00+08' + (m.id % 7) * interval '1 day'
    from members m join places p on p.id = m.home_place_id
    where m.county_code = ${opts.county} and p.path like ${`${downtownPath}%`} and p.code not like '140322100101%'
      and not exists (select 1 from member_registrations r where r.member_id = m.id)
    order by m.id limit 12`);

  // Units: three in four confirmed where they sit, with what they offer in the resource list.
  const [admin] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, 'admin'));
  const orgs = await tx
    .select({ id: organizations.id, name: organizations.name, placeId: organizations.placeId })
    .from(organizations)
    .where(eq(organizations.countyCode, opts.county));
  const offers = [
    { kind: 'venue' as const, description: '党员活动室可容纳40人，周末开放' },
    { kind: 'vehicle' as const, description: '公务车1辆，可用于应急转运' },
    { kind: 'professional' as const, description: '每月一次专业志愿服务' },
    { kind: 'funds' as const, description: '年度共建经费2万元' },
  ];
  for (const org of orgs) {
    if (org.id === secretaryUnit || rng.next() >= 0.75 || !admin) continue;
    const offered = [offers[rng.int(0, offers.length - 1)] ?? offers[0]].filter((o) => o !== undefined);
    const [row] = await tx
      .insert(unitRegistrations)
      .values({
        countyCode: opts.county,
        organizationId: org.id,
        placeId: org.placeId,
        contacts: `${org.name.slice(0, 4)}办公室`,
        resources: offered,
        agreementStart: '2026-01-01',
        agreementEnd: '2026-12-31',
        commitments: '每季度开展一次共建活动，认领社区微心愿不少于2个',
        status: 'confirmed',
        submittedBy: admin.id,
        decidedBy: admin.id,
        decidedAt: new Date('2026-02-20T10:00:00+08:00'),
        createdAt: new Date('2026-02-15T10:00:00+08:00'),
      })
      .returning({ id: unitRegistrations.id });
    if (!row) continue;
    await tx.insert(resources).values(
      offered.map((o, position) => ({
        countyCode: opts.county,
        placeId: org.placeId,
        kind: o.kind,
        description: o.description,
        organizationId: org.id,
        source: 'unitRegistration' as const,
        sourceId: row.id,
        position,
      })),
    );
  }
  await member();
}

/** The demo member account is a real member of the secretary's unit, living in 富春园社区, not yet registered. */
async function demoMember(tx: Tx, vault: Vault, rng: Random, county: string, unitId: number | null, phone: string) {
  const [home] = await tx
    .select({ id: households.id, placeId: households.placeId })
    .from(households)
    .innerJoin(places, eq(places.id, households.placeId))
    .where(sql`${places.code} like '140322100101-01%'`)
    .limit(1);
  const [branch] = unitId ? await tx.select({ id: partyOrgs.id }).from(partyOrgs).where(eq(partyOrgs.organizationId, unitId)).limit(1) : [];
  const name = '王建国';
  const [member] = await tx
    .insert(members)
    .values({
      countyCode: county,
      name,
      pinyin: pinyinKey(name),
      gender: 'male',
      birthDate: '1985-06-18',
      organizationId: unitId,
      partyOrgId: branch?.id ?? null,
      householdId: home?.id ?? null,
      homePlaceId: home?.placeId ?? null,
      talents: ['repair'],
      intentions: '水电维修、助老服务',
      freeTime: '周末',
      joinedAt: '2010-07-01',
      fullAt: '2011-07-01',
      ...sealIdNumber(vault, idNumber(rng, '1985-06-18', 'male')),
      ...sealPhone(vault, phone),
    })
    .returning({ id: members.id });
  if (member) await tx.update(accounts).set({ memberId: member.id }).where(eq(accounts.username, 'member'));
}

/** The demo resident account is 李秀英, head of a household in 富春园社区 next to the demo member's. */
export async function demoResident(tx: Tx, vault: Vault, rng: Random, county: string, phone: string) {
  const [home] = await tx
    .select({ id: households.id })
    .from(households)
    .innerJoin(places, eq(places.id, households.placeId))
    .where(sql`${places.code} like '140322100101-01%' and ${households.label} <> 'vacant'`)
    .orderBy(sql`${households.id} desc`)
    .limit(1);
  if (!home) return;
  const name = '李秀英';
  const [resident] = await tx
    .insert(residents)
    .values({
      countyCode: county,
      householdId: home.id,
      name,
      pinyin: pinyinKey(name),
      gender: 'female',
      birthDate: '1952-03-08',
      relation: 'head',
      ...sealIdNumber(vault, idNumber(rng, '1952-03-08', 'female')),
      ...sealPhone(vault, phone),
    })
    .returning({ id: residents.id });
  if (resident) await tx.update(accounts).set({ residentId: resident.id }).where(eq(accounts.username, 'resident'));
}
