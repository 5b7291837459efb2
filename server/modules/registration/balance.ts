import { CARE_CATEGORY_LABELS, type CareCategory, type Label, TALENT_CLASSES, TALENT_LABELS, type TalentClass } from '#contracts/labels.js';

// 扎堆 → 精准报到: pure rules, so a small county with a known best answer can test them.
// Load = members registered at a community per 100 households; far above the county median is crowded
// (扎堆), far below thin. Units are spread as well: a community no unit serves yet counts for more.

export type BalanceCommunity = {
  id: number;
  name: string;
  streetId: number;
  street: string;
  households: number;
  care: Partial<Record<CareCategory, number>>;
  registeredMembers: number;
};

export type BalanceUnit = {
  id: number;
  name: string;
  industry: string;
  /** The community it sits in. */
  homeId: number;
  memberCount: number;
  /** How many of its members have each talent. */
  talents: Partial<Record<TalentClass, number>>;
  /** Communities it is registered at (submitted or confirmed). */
  registeredAt: number[];
  assignedTo: number[];
};

export const CROWDED_FACTOR = 2;
export const THIN_FACTOR = 0.5;
/** 就近就便、需求相符、业务衔接、总体平衡: the four considerations and their weights (sum 100). */
export const WEIGHTS = { proximity: 30, needs: 25, line: 15, balance: 30 } as const;
const OTHER_STREET_PROXIMITY = 0.3;

/** Which talents each kind of key household needs most. */
export const CARE_NEEDS: Record<CareCategory, TalentClass[]> = {
  elderlyAlone: ['medical', 'psychology', 'repair'],
  leftBehindChild: ['education', 'psychology', 'culture'],
  disabled: ['medical', 'repair', 'law'],
  pregnant: ['medical'],
  chronicIllness: ['medical'],
  hardship: ['law', 'technology', 'repair'],
};

/** A unit's line of work, read from its industry text (业务衔接). */
const LINES: [RegExp, TalentClass][] = [
  [/医|卫|健康|疾控|药/, 'medical'],
  [/教|学校|学院|幼儿园/, 'education'],
  [/法|司法|公安|检察|律|信访/, 'law'],
  [/文|旅|体育|广电|图书/, 'culture'],
  [/电|水务|燃气|住建|交通|城管|供热|建筑/, 'repair'],
  [/科技|信息|通信|移动|联通|电信|数据/, 'technology'],
  [/应急|消防|红十字/, 'emergency'],
  [/民政|妇联|团委|残联|心理/, 'psychology'],
];

export function lineOfWork(industry: string, name = ''): TalentClass | null {
  const text = `${industry} ${name}`;
  return LINES.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

export function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export type CommunityLoad = BalanceCommunity & {
  keyHouseholds: number;
  registeredUnits: number;
  load: number;
  flag: 'crowded' | 'thin' | null;
};

/** Each community's load and flag, and the median they are measured against. */
export function communityLoads(communities: BalanceCommunity[], units: BalanceUnit[]): { median: number; rows: CommunityLoad[] } {
  const unitCount = new Map<number, number>();
  for (const u of units) {
    for (const id of new Set([...u.registeredAt, ...u.assignedTo])) unitCount.set(id, (unitCount.get(id) ?? 0) + 1);
  }
  const measured = communities.map((c) => {
    const keyHouseholds = Object.values(c.care).reduce((a, b) => a + (b ?? 0), 0);
    return { ...c, keyHouseholds, registeredUnits: unitCount.get(c.id) ?? 0, load: c.households ? round1((c.registeredMembers * 100) / c.households) : 0 };
  });
  const m = median(measured.filter((c) => c.households > 0).map((c) => c.load));
  const rows = measured.map((c) => ({
    ...c,
    flag: m > 0 && c.households > 0 ? (c.load >= m * CROWDED_FACTOR ? ('crowded' as const) : c.load <= m * THIN_FACTOR ? ('thin' as const) : null) : null,
  }));
  return { median: m, rows };
}

/** A community's need for each talent, from its key households, as shares summing to 1 (or all 0). */
export function needProfile(care: Partial<Record<CareCategory, number>>): Record<TalentClass, number> {
  const need = Object.fromEntries(TALENT_CLASSES.map((t) => [t, 0])) as Record<TalentClass, number>;
  for (const [category, count] of Object.entries(care) as [CareCategory, number][]) {
    for (const talent of CARE_NEEDS[category]) need[talent] += count / CARE_NEEDS[category].length;
  }
  const total = Object.values(need).reduce((a, b) => a + b, 0);
  if (total > 0) for (const t of TALENT_CLASSES) need[t] /= total;
  return need;
}

function cosine(a: Record<TalentClass, number>, b: Partial<Record<TalentClass, number>>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const t of TALENT_CLASSES) {
    const x = a[t];
    const y = b[t] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

export type Candidate = { community: CommunityLoad; score: number; reasons: Label[] };

const bi = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });

/** How well community c would suit unit u, with the reasons in words. */
export function scoreCandidate(u: BalanceUnit, home: CommunityLoad | undefined, c: CommunityLoad, m: number): Candidate {
  const reasons: Label[] = [];
  const sameStreet = home !== undefined && home.streetId === c.streetId;
  const proximity = sameStreet ? 1 : OTHER_STREET_PROXIMITY;
  if (sameStreet) reasons.push(bi(`与单位同在${c.street}，就近就便`, `In the unit's own street (${c.street}): close by`));

  const need = needProfile(c.care);
  const needs = cosine(need, u.talents);
  if (needs >= 0.3) {
    const top = (Object.entries(c.care) as [CareCategory, number][]).sort((a, b) => b[1] - a[1])[0];
    const helpers = top ? CARE_NEEDS[top[0]].reduce((n, t) => n + (u.talents[t] ?? 0), 0) : 0;
    if (top) {
      const label = CARE_CATEGORY_LABELS[top[0]];
      reasons.push(
        bi(
          `社区有重点户 ${c.keyHouseholds} 户（${label['zh-CN']} ${top[1]} 户），单位有 ${helpers} 名相关专长党员`,
          `${c.keyHouseholds} key households (${top[1]} ${label.en.toLowerCase()}); the unit has ${helpers} members with matching skills`,
        ),
      );
    }
  }

  const lineTalent = lineOfWork(u.industry, u.name);
  const line = lineTalent ? Math.min(1, need[lineTalent] * 3) : 0;
  if (lineTalent && line >= 0.5) {
    const label = TALENT_LABELS[lineTalent];
    reasons.push(bi(`单位业务（${label['zh-CN']}）与社区需求衔接`, `The unit's line of work (${label.en.toLowerCase()}) meets the community's needs`));
  }

  const gap = m > 0 ? Math.max(0, Math.min(1, (m - c.load) / m)) : 0;
  if (gap > 0) reasons.push(bi(`每百户报到党员 ${c.load} 人，低于中位数 ${m}`, `${c.load} registered members per 100 households, below the median ${m}`));
  const spread = 1 / (1 + c.registeredUnits);
  if (c.registeredUnits === 0) reasons.push(bi('尚无单位在此报到', 'No unit serves it yet'));

  const balance = 0.7 * gap + 0.3 * spread;
  const score = WEIGHTS.proximity * proximity + WEIGHTS.needs * needs + WEIGHTS.line * line + WEIGHTS.balance * balance;
  return { community: c, score: round1(score), reasons };
}

export type Suggestion = { unit: BalanceUnit; crowded: boolean; candidates: Candidate[] };

/**
 * For each unit, the communities that would balance the load best: never a crowded one, never one it
 * is already registered at or assigned to. Units whose communities are all crowded come first.
 */
export function suggest(
  communities: BalanceCommunity[],
  units: BalanceUnit[],
  perUnit = 3,
): { median: number; rows: CommunityLoad[]; suggestions: Suggestion[] } {
  const { median: m, rows } = communityLoads(communities, units);
  const byId = new Map(rows.map((c) => [c.id, c]));
  const suggestions = units.map((u) => {
    const taken = new Set([...u.registeredAt, ...u.assignedTo]);
    const mine = [...taken].map((id) => byId.get(id)).filter((c) => c !== undefined);
    const crowded = mine.length > 0 && mine.every((c) => c.flag === 'crowded');
    const candidates = rows
      .filter((c) => !taken.has(c.id) && c.flag !== 'crowded' && c.households > 0)
      .map((c) => scoreCandidate(u, byId.get(u.homeId), c, m))
      .sort((a, b) => b.score - a.score || a.community.id - b.community.id)
      .slice(0, perUnit);
    return { unit: u, crowded, candidates };
  });
  suggestions.sort((a, b) => Number(b.crowded) - Number(a.crowded) || a.unit.name.localeCompare(b.unit.name, 'zh-CN'));
  return { median: m, rows, suggestions };
}
