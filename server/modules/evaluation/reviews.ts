import { and, eq, inArray, sql } from 'drizzle-orm';
import { rowsOf } from '../../db/client.js';
import type { Conn } from '../../db/client.js';
import { accounts, households, members, organizations, places, residentReviews, residents, reviewCampaigns } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { DomainError, Invalid, NotFound } from '../../platform/errors.js';
import { notify } from '../../platform/notify.js';
import { placesInScope } from '../../platform/scope.js';
import { beijingDay } from '../pairing/index.js';

// 群众评议: residents rate the members and units that served their household or are paired with it.

type Why = 'served' | 'paired' | 'unitPaired';

async function residentHome(conn: Conn, caller: Caller) {
  if (!caller.residentId) throw new DomainError(403, 'review.residentOnly');
  const [home] = await conn
    .select({ householdId: residents.householdId, path: places.path })
    .from(residents)
    .innerJoin(households, eq(households.id, residents.householdId))
    .innerJoin(places, eq(places.id, households.placeId))
    .where(eq(residents.id, caller.residentId));
  if (!home) throw NotFound('resident');
  // The compound the household sits in (or the community in a village): where the campaign counts it.
  const [area] = await conn
    .select({ id: places.id, kind: places.kind })
    .from(places)
    .where(and(sql`${home.path} like ${places.path} || '%'`, inArray(places.kind, ['compound', 'community'])))
    .orderBy(sql`${places.depth} desc`)
    .limit(1);
  return { householdId: home.householdId, areaId: area?.id ?? null, path: home.path };
}

/** Who the resident may review this year, with why, and their review if given. */
export async function reviewTargets(deps: AppDeps, caller: Caller) {
  const conn = deps.db;
  const year = Number(beijingDay(deps.clock()).slice(0, 4));
  const home = await residentHome(conn, caller);
  const found = new Map<string, { kind: 'member' | 'unit'; id: number; why: Set<Why> }>();
  const add = (kind: 'member' | 'unit', id: number, why: Why) => {
    const key = `${kind}${id}`;
    const t = found.get(key) ?? { kind, id, why: new Set<Why>() };
    t.why.add(why);
    found.set(key, t);
  };
  for (const r of rowsOf(
    await conn.execute(sql`
      select distinct doer_id from service_orders
      where household_id = ${home.householdId} and doer_id is not null and status in ('finished', 'rated')
        and extract(year from coalesce(finished_at, updated_at) at time zone 'Asia/Shanghai') = ${year}`),
  ))
    add('member', Number(r.doer_id), 'served');
  for (const r of rowsOf(
    await conn.execute(sql`
      select distinct member_id from household_pairings
      where household_id = ${home.householdId} and start_date <= make_date(${year}, 12, 31) and (end_date is null or end_date >= make_date(${year}, 1, 1))`),
  ))
    add('member', Number(r.member_id), 'paired');
  for (const r of rowsOf(
    await conn.execute(sql`
      select distinct up.organization_id from unit_pairings up join places p on p.id = up.place_id
      where ${home.path} like p.path || '%' and up.start_date <= make_date(${year}, 12, 31) and (up.end_date is null or up.end_date >= make_date(${year}, 1, 1))`),
  ))
    add('unit', Number(r.organization_id), 'unitPaired');
  const targets = [...found.values()];
  const memberIds = targets.filter((t) => t.kind === 'member').map((t) => t.id);
  const unitIds = targets.filter((t) => t.kind === 'unit').map((t) => t.id);
  const names = new Map<string, string>();
  if (memberIds.length)
    for (const m of await conn.select({ id: members.id, name: members.name }).from(members).where(inArray(members.id, memberIds)))
      names.set(`member${m.id}`, m.name);
  if (unitIds.length)
    for (const o of await conn.select({ id: organizations.id, name: organizations.name }).from(organizations).where(inArray(organizations.id, unitIds)))
      names.set(`unit${o.id}`, o.name);
  const given = await conn
    .select()
    .from(residentReviews)
    .where(and(eq(residentReviews.residentId, caller.residentId ?? -1), eq(residentReviews.year, year)));
  return targets.map((t) => {
    const review = given.find((g) => g.targetKind === t.kind && g.targetId === t.id);
    return {
      kind: t.kind,
      id: t.id,
      name: names.get(`${t.kind}${t.id}`) ?? '',
      why: [...t.why],
      review: review ? { score: review.score, comment: review.comment } : null,
    };
  });
}

/** A resident's review of one target this year; a second review of the same target replaces the first. */
export async function review(deps: AppDeps, caller: Caller, input: { targetKind: 'member' | 'unit'; targetId: number; score: number; comment: string }) {
  const targets = await reviewTargets(deps, caller);
  if (!targets.some((t) => t.kind === input.targetKind && t.id === input.targetId)) throw Invalid('review.notYours', 'targetId');
  const home = await residentHome(deps.db, caller);
  const year = Number(beijingDay(deps.clock()).slice(0, 4));
  await deps.db.transaction(async (tx) => {
    await tx
      .insert(residentReviews)
      .values({
        countyCode: caller.countyCode,
        year,
        residentId: caller.residentId ?? 0,
        placeId: home.areaId ?? 0,
        targetKind: input.targetKind,
        targetId: input.targetId,
        score: input.score,
        comment: input.comment,
      })
      .onConflictDoUpdate({
        target: [residentReviews.year, residentReviews.residentId, residentReviews.targetKind, residentReviews.targetId],
        set: { score: input.score, comment: input.comment },
      });
    await audit(tx, caller, { action: 'create', entity: 'review', summary: `群众评议 ${input.score} 分` });
  });
  return reviewTargets(deps, caller);
}

/** 年终评议: opens the county's campaign for the year and tells every resident with a phone account. */
export async function openCampaign(deps: AppDeps, caller: Caller, year: number, input: { opensOn: string; closesOn: string }) {
  if (input.closesOn < input.opensOn) throw Invalid('points.dateRange', 'closesOn');
  if (Number(input.opensOn.slice(0, 4)) !== year) throw Invalid('review.campaignYear', 'opensOn');
  await deps.db.transaction(async (tx) => {
    await tx
      .insert(reviewCampaigns)
      .values({ countyCode: caller.countyCode, year, ...input, createdBy: caller.accountId })
      .onConflictDoUpdate({ target: [reviewCampaigns.countyCode, reviewCampaigns.year], set: input });
    const recipients = await tx
      .select({ accountId: accounts.id, countyCode: accounts.countyCode })
      .from(accounts)
      .where(and(eq(accounts.countyCode, caller.countyCode), eq(accounts.role, 'resident')));
    await notify(tx, recipients, {
      kind: 'review.campaign',
      title: { 'zh-CN': `${year} 年度群众评议开始了`, en: `The ${year} residents’ review is open` },
      body: {
        'zh-CN': `${input.opensOn} 至 ${input.closesOn}，请为服务过您家、联系您家的党员和单位评分`,
        en: `From ${input.opensOn} to ${input.closesOn}: rate the members and units who served or look after your household`,
      },
      link: '/m/reviews',
    });
    await audit(tx, caller, { action: 'create', entity: 'review', summary: `开启 ${year} 年度群众评议（${input.opensOn} 至 ${input.closesOn}）` });
  });
  return campaign(deps, caller, year);
}

/** The campaign with its progress by compound: households, households that reviewed, reviews and the average. */
export async function campaign(deps: AppDeps, caller: Caller, year: number) {
  const conn = deps.db;
  const [c] = await conn
    .select()
    .from(reviewCampaigns)
    .where(and(eq(reviewCampaigns.countyCode, caller.countyCode), eq(reviewCampaigns.year, year)));
  if (!c) throw NotFound('campaign');
  const rows = rowsOf(
    await conn.execute(sql`
      select p.id, p.name,
        (select count(*)::int from households h join places hp on hp.id = h.place_id where hp.path like p.path || '%' and h.label <> 'vacant') as households,
        count(distinct r.household_id)::int as reviewing, count(rv.id)::int as reviews, avg(rv.score)::float as average
      from places p
      left join resident_reviews rv on rv.place_id = p.id and rv.year = ${year}
      left join residents r on r.id = rv.resident_id
      where p.county_code = ${caller.countyCode} and p.kind = 'compound' and p.retired_at is null
        and p.id in (${placesInScope(conn, caller)})
      group by p.id, p.name, p.path, p.code
      order by p.code`),
  );
  return {
    year,
    opensOn: c.opensOn,
    closesOn: c.closesOn,
    progress: rows.map((r) => ({
      place: { id: Number(r.id), name: String(r.name) },
      households: Number(r.households),
      reviewing: Number(r.reviewing),
      reviews: Number(r.reviews),
      average: r.average === null ? null : Math.round(Number(r.average) * 10) / 10,
    })),
  };
}
