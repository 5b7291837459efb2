import { and, eq, inArray, like, sql } from 'drizzle-orm';
import { ORDER_CATEGORY_LABELS, type OrderCategory, type PostClass, POST_CLASS_LABELS, type TalentClass } from '#contracts/labels.js';
import type { GridRole } from '#contracts/grid.js';
import type { Tx } from '../db/client.js';
import {
  accounts,
  activities,
  activitySignups,
  gridRoles,
  householdPairings,
  households,
  memberRegistrations,
  members,
  monthlyThemes,
  orderEvents,
  places,
  postHolders,
  residents,
  posts,
  serviceOrders,
  serviceRecords,
  teamMembers,
  teams,
  visits,
  wishes,
} from '../db/schema/index.js';
import { suggestPairings } from '../modules/pairing/index.js';
import type { Random } from './random.js';

// 双服务 in the demo county: three months of requests in every state downtown, wishes, posts, teams,
// activities with attendance and the year's monthly themes, so every 双服务 screen has a story to tell.

const NEEDS: Record<OrderCategory, string[]> = {
  repair: ['厨房水管漏水', '楼道灯不亮', '单元门禁坏了', '家里电路跳闸', '窗户合页松动'],
  elderlyCare: ['独居老人需要陪同就医', '帮老人代购生活用品', '老人需要上门理发'],
  medical: ['想请医生上门量血压', '慢病用药咨询', '康复训练指导'],
  legal: ['咨询房屋租赁合同纠纷', '工资拖欠如何维权', '遗嘱公证咨询'],
  education: ['孩子数学作业辅导', '留守儿童暑期看护', '英语口语陪练'],
  psychology: ['家庭矛盾需要疏导', '老人情绪低落需要陪伴聊天'],
  environment: ['楼下堆放杂物影响通行', '小区绿地需要清理', '垃圾分类指导'],
  errand: ['帮忙取快递', '代缴水电费', '代办社保认证'],
  other: ['希望组织一次邻里文艺活动', '小区需要增设休息座椅'],
};
const WISHES = [
  '想要一副老花镜',
  '想学用智能手机视频通话',
  '希望有人陪我下象棋',
  '孩子想要一套课外书',
  '想要一台收音机',
  '希望帮忙修好轮椅',
  '想要一件冬天的棉衣',
];
const THEMES = [
  '新春送温暖',
  '学雷锋志愿服务',
  '清明文明祭扫',
  '劳动创造美好',
  '关爱青少年',
  '安全生产月',
  '建党节主题党日',
  '清凉一夏',
  '开学助学',
  '国庆文明实践',
  '重阳敬老',
  '冬季安全',
];
const POSTS: [PostClass, string][] = [
  ['stationDuty', '党群服务站值守'],
  ['mediator', '邻里纠纷调解'],
  ['healthGuard', '健康服务岗'],
  ['policyPromoter', '政策宣讲岗'],
  ['civilityGuide', '文明劝导岗'],
  ['environmentMonitor', '环境卫生监督岗'],
  ['safetyPatrol', '夜间平安巡逻'],
  ['neighbourHelper', '邻里帮扶岗'],
];
const TEAMS: [TalentClass, string][] = [
  ['medical', '医疗保健服务队'],
  ['law', '普法教育服务队'],
  ['culture', '文明宣导服务队'],
  ['repair', '便民维修服务队'],
];

const hours = (h: number) => h * 3600_000;

export async function seedService(tx: Tx, rng: Random, opts: { county: string; now: Date }) {
  const [admin] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, 'admin'));
  if (!admin) return;
  const year = new Date(opts.now.getTime() + hours(8)).getUTCFullYear();
  await tx
    .insert(monthlyThemes)
    .values(THEMES.map((theme, i) => ({ countyCode: opts.county, month: `${year}-${String(i + 1).padStart(2, '0')}`, theme })))
    .onConflictDoNothing();

  // Downtown communities, with their households and the members registered there.
  const communities = await tx
    .select({ id: places.id, path: places.path, name: places.name })
    .from(places)
    .where(and(eq(places.countyCode, opts.county), eq(places.kind, 'community'), like(places.code, '140322100%')));
  for (const community of communities) {
    const homes = await tx
      .select({ id: households.id })
      .from(households)
      .innerJoin(places, eq(places.id, households.placeId))
      .where(sql`${places.path} like ${`${community.path}%`} and ${households.label} <> 'vacant'`)
      .limit(60);
    const helpers = (
      await tx
        .select({ id: memberRegistrations.memberId })
        .from(memberRegistrations)
        .where(and(eq(memberRegistrations.placeId, community.id), eq(memberRegistrations.status, 'approved')))
        .limit(40)
    ).flatMap((r) => r.id ?? []);
    if (!homes.length || helpers.length < 4) continue;
    await seedOrders(tx, rng, opts, community.id, homes, helpers, admin.id);
    await seedWishes(tx, rng, opts, community.id, homes, helpers, admin.id);
    await seedPostsAndTeams(tx, rng, opts.county, community.id, helpers);
    await seedActivities(tx, rng, opts, community, helpers, admin.id);
  }
}

async function seedOrders(tx: Tx, rng: Random, opts: { county: string; now: Date }, placeId: number, homes: { id: number }[], helpers: number[], by: number) {
  const categories = Object.keys(NEEDS) as OrderCategory[];
  for (let i = 0; i < 14; i++) {
    const category = rng.pick(categories);
    const description = rng.pick(NEEDS[category]);
    const created = new Date(opts.now.getTime() - hours(rng.int(2, 90 * 24)));
    const age = opts.now.getTime() - created.getTime();
    // Older requests have mostly been served and rated; the last few days' are still moving.
    const stage =
      age > hours(7 * 24)
        ? rng.next() < 0.85
          ? 'rated'
          : 'cancelled'
        : rng.pick(['submitted', 'open', 'dispatched', 'accepted', 'finished', 'rated'] as const);
    const doer = ['accepted', 'finished', 'rated'].includes(stage) ? rng.pick(helpers) : null;
    const acceptedAt = doer ? new Date(created.getTime() + hours(rng.int(1, 20))) : null;
    const finishedAt = acceptedAt && stage !== 'accepted' ? new Date(acceptedAt.getTime() + hours(rng.int(2, 48))) : null;
    const rating = stage === 'rated' ? (rng.next() < 0.8 ? 5 : rng.pick([3, 4])) : null;
    const dueAt = ['submitted', 'open', 'dispatched'].includes(stage)
      ? new Date(created.getTime() + hours(24))
      : stage === 'accepted'
        ? new Date((acceptedAt ?? created).getTime() + hours(72))
        : null;
    const [order] = await tx
      .insert(serviceOrders)
      .values({
        countyCode: opts.county,
        placeId,
        householdId: rng.pick(homes).id,
        category,
        description,
        submittedBy: by,
        onBehalf: rng.next() < 0.3,
        status: stage,
        assigneeKind: stage === 'dispatched' ? 'member' : doer ? 'member' : null,
        assigneeId: stage === 'dispatched' ? rng.pick(helpers) : doer,
        doerId: doer,
        rating,
        ratingComment: rating ? rng.pick(['很及时，感谢党员同志', '服务热情周到', '问题解决了', '']) : null,
        ratingCounted: rating ? true : null,
        dueAt,
        acceptedAt,
        finishedAt,
        createdAt: created,
        updatedAt: finishedAt ?? acceptedAt ?? created,
      })
      .returning({ id: serviceOrders.id });
    if (!order) continue;
    const steps: { action: string; status: typeof stage | 'submitted' | 'accepted' | 'finished'; at: Date }[] = [
      { action: 'submit', status: 'submitted', at: created },
    ];
    if (acceptedAt) steps.push({ action: 'accept', status: 'accepted', at: acceptedAt });
    if (finishedAt) steps.push({ action: 'finish', status: 'finished', at: finishedAt });
    if (stage === 'rated' && finishedAt) steps.push({ action: 'rate', status: 'rated', at: new Date(finishedAt.getTime() + hours(3)) });
    if (stage === 'cancelled') steps.push({ action: 'cancel', status: 'cancelled', at: new Date(created.getTime() + hours(5)) });
    await tx
      .insert(orderEvents)
      .values(steps.map((s) => ({ countyCode: opts.county, orderId: order.id, actorId: by, action: s.action, status: s.status, createdAt: s.at })));
    if (stage === 'rated' && doer && acceptedAt && finishedAt) {
      await tx.insert(serviceRecords).values({
        countyCode: opts.county,
        memberId: doer,
        placeId,
        source: 'order',
        sourceId: order.id,
        title: `${ORDER_CATEGORY_LABELS[category]['zh-CN']}：${description}`,
        hours: Math.min(8, Math.round(((finishedAt.getTime() - acceptedAt.getTime()) / hours(1)) * 100) / 100),
        rating,
        occurredAt: finishedAt,
      });
    }
  }
}

async function seedWishes(tx: Tx, rng: Random, opts: { county: string; now: Date }, placeId: number, homes: { id: number }[], helpers: number[], by: number) {
  for (let i = 0; i < 4; i++) {
    const fulfilled = i < 2;
    const claimer = i < 3 ? rng.pick(helpers) : null;
    await tx.insert(wishes).values({
      countyCode: opts.county,
      placeId,
      householdId: rng.pick(homes).id,
      title: rng.pick(WISHES),
      postedBy: by,
      status: fulfilled ? 'fulfilled' : claimer ? 'claimed' : 'open',
      claimerKind: claimer ? 'member' : null,
      claimerId: claimer,
      claimedAt: claimer ? new Date(opts.now.getTime() - hours(rng.int(24, 400))) : null,
      fulfilledAt: fulfilled ? new Date(opts.now.getTime() - hours(rng.int(1, 20))) : null,
      createdAt: new Date(opts.now.getTime() - hours(rng.int(400, 900))),
    });
  }
}

async function seedPostsAndTeams(tx: Tx, rng: Random, county: string, placeId: number, helpers: number[]) {
  const created = await tx
    .insert(posts)
    .values(
      POSTS.map(([postClass, name]) => ({
        countyCode: county,
        placeId,
        postClass,
        name,
        duties: `${POST_CLASS_LABELS[postClass]['zh-CN']}：按排班履职，记录服务情况`,
        slots: rng.int(2, 4),
      })),
    )
    .returning({ id: posts.id });
  const holders = created.flatMap((p, i) =>
    [helpers[i % helpers.length], helpers[(i + 3) % helpers.length]].flatMap((m) => (m ? [{ postId: p.id, memberId: m }] : [])),
  );
  await tx.insert(postHolders).values(holders).onConflictDoNothing();
  for (const [specialty, name] of TEAMS.slice(0, 2 + rng.int(0, 2))) {
    const crew = helpers.slice(rng.int(0, 3), rng.int(6, 10));
    const [team] = await tx
      .insert(teams)
      .values({ countyCode: county, placeId, name, specialty, leaderId: crew[0] ?? null })
      .returning({ id: teams.id });
    if (team && crew.length) await tx.insert(teamMembers).values(crew.map((memberId) => ({ teamId: team.id, memberId })));
  }
}

async function seedActivities(
  tx: Tx,
  rng: Random,
  opts: { county: string; now: Date },
  community: { id: number; name: string },
  helpers: number[],
  by: number,
) {
  const plan = [
    { days: -40, title: `${community.name}重阳敬老志愿服务`, theme: '重阳敬老' },
    { days: -12, title: `${community.name}冬季消防安全宣传`, theme: '冬季安全' },
    { days: 5, title: `${community.name}义诊进社区`, theme: '冬季安全' },
  ];
  for (const p of plan) {
    // 09:00 Beijing time on the planned day.
    const day = Math.floor((opts.now.getTime() + hours(8)) / hours(24)) * hours(24) - hours(8);
    const startsAt = new Date(day + hours(24 * p.days) + hours(9));
    const endsAt = new Date(startsAt.getTime() + hours(2));
    const [activity] = await tx
      .insert(activities)
      .values({
        countyCode: opts.county,
        placeId: community.id,
        title: p.title,
        theme: p.theme,
        location: `${community.name}党群服务中心`,
        startsAt,
        endsAt,
        capacity: 30,
        pointsPerHour: 2,
        createdBy: by,
      })
      .returning({ id: activities.id });
    if (!activity) continue;
    const crew = helpers.slice(0, rng.int(5, Math.min(12, helpers.length)));
    const past = p.days < 0;
    await tx.insert(activitySignups).values(
      crew.map((memberId) => ({
        countyCode: opts.county,
        activityId: activity.id,
        memberId,
        checkInAt: past ? startsAt : null,
        checkOutAt: past ? endsAt : null,
        hours: past ? 2 : 0,
      })),
    );
    if (past) {
      await tx.insert(serviceRecords).values(
        crew.map((memberId) => ({
          countyCode: opts.county,
          memberId,
          placeId: community.id,
          source: 'activity' as const,
          sourceId: activity.id,
          title: p.title,
          hours: 2,
          occurredAt: startsAt,
        })),
      );
    }
  }
}

/**
 * 双包联 in the demo county: downtown key households paired with registered members nearby (the
 * suggestion rules), units with a compound each, and visits over the last two months — most on time.
 */
export async function seedPairing(tx: Tx, rng: Random, opts: { county: string; now: Date }) {
  const [admin] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, 'admin'));
  if (!admin) return;
  const communities = await tx
    .select({ id: places.id, path: places.path, depth: places.depth })
    .from(places)
    .where(and(eq(places.countyCode, opts.county), eq(places.kind, 'community'), like(places.code, '140322100%')));
  const day = (daysAgo: number) => new Date(opts.now.getTime() + hours(8) - daysAgo * hours(24)).toISOString().slice(0, 10);
  for (const community of communities) {
    const homes = await tx
      .select({ id: households.id, path: places.path, care: households.careCategories })
      .from(households)
      .innerJoin(places, eq(places.id, households.placeId))
      .where(sql`${places.path} like ${`${community.path}%`} and jsonb_array_length(${households.careCategories}) > 0 and ${households.label} <> 'vacant'`);
    const helpers = await tx
      .select({ id: members.id, path: places.path, talents: members.talents })
      .from(memberRegistrations)
      .innerJoin(members, eq(members.id, memberRegistrations.memberId))
      .leftJoin(places, eq(places.id, members.homePlaceId))
      .where(and(eq(memberRegistrations.placeId, community.id), eq(memberRegistrations.status, 'approved')));
    if (!homes.length || !helpers.length) continue;
    // About four in five key households are covered so far; the rest show up as 未覆盖 and in the suggestions.
    const covered = homes.filter(() => rng.next() < 0.8);
    const { pairs } = suggestPairings(
      covered,
      helpers.map((h) => ({ id: h.id, path: h.path, talents: h.talents, load: 0 })),
      { cap: 3, communityDepth: community.depth },
    );
    if (!pairs.length) continue;
    await tx
      .insert(householdPairings)
      .values(pairs.map((p) => ({ countyCode: opts.county, memberId: p.memberId, householdId: p.householdId, startDate: day(75), createdBy: admin.id })));
    const visitRows = pairs.flatMap((p) => {
      // Last month visited by most; this month by about half so far.
      const rows = [];
      if (rng.next() < 0.85) rows.push({ householdId: p.householdId, memberId: p.memberId, date: day(rng.int(25, 50)), kind: 'routine' as const });
      if (rng.next() < 0.5) rows.push({ householdId: p.householdId, memberId: p.memberId, date: day(rng.int(0, 15)), kind: 'routine' as const });
      return rows.map((r) => ({
        ...r,
        countyCode: opts.county,
        notes: rng.pick(['身体状况良好', '家中用电安全已检查', '反映楼道灯需维修', '子女近期回家探望', '已宣传防诈骗知识']),
      }));
    });
    if (visitRows.length) await tx.insert(visits).values(visitRows);
    await seedGridRoles(tx, { county: opts.county, community, helpers, createdBy: admin.id, startDate: day(200) });
  }
}

/**
 * 网上建支部、格上建小组、户上见党员: in each grid of the community a branch secretary and a group leader
 * from the members living there, and in each building a party-member household and a resident 楼栋长.
 */
async function seedGridRoles(
  tx: Tx,
  opts: { county: string; community: { path: string }; helpers: { id: number; path: string | null }[]; createdBy: number; startDate: string },
) {
  const areas = await tx
    .select({ id: places.id, kind: places.kind, path: places.path })
    .from(places)
    .where(and(like(places.path, `${opts.community.path}%`), inArray(places.kind, ['grid', 'building'])))
    .orderBy(places.code);
  const rows: (typeof gridRoles.$inferInsert)[] = [];
  const base = { countyCode: opts.county, createdBy: opts.createdBy, startDate: opts.startDate };
  const taken = new Set<number>();
  const livingIn = (path: string) => opts.helpers.filter((h) => h.path?.startsWith(path) && !taken.has(h.id));
  const appoint = (placeId: number, role: GridRole, member: { id: number } | undefined) => {
    if (!member) return;
    rows.push({ ...base, placeId, role, memberId: member.id });
    taken.add(member.id);
  };
  for (const area of areas) {
    const [first, second] = livingIn(area.path);
    if (area.kind === 'grid') {
      appoint(area.id, 'branchSecretary', first);
      appoint(area.id, 'groupLeader', second);
      continue;
    }
    appoint(area.id, 'centralHousehold', first);
    const [resident] = await tx
      .select({ id: residents.id })
      .from(residents)
      .innerJoin(households, eq(households.id, residents.householdId))
      .innerJoin(places, eq(places.id, households.placeId))
      .where(and(like(places.path, `${area.path}%`), eq(residents.relation, 'head')))
      .orderBy(residents.id)
      .limit(1);
    if (resident) rows.push({ ...base, placeId: area.id, role: 'buildingLeader', residentId: resident.id });
  }
  if (rows.length) await tx.insert(gridRoles).values(rows);
}
