import { type Label, type OrderCategory, type PlaceKind, TALENT_LABELS, type TalentClass } from '#contracts/labels.js';

// Matching (精准匹配): for one need, the members who could take it, best first, with the reasons.

/** Which talents serve each kind of need; an empty list means anyone willing can. */
export const CATEGORY_TALENTS: Record<OrderCategory, TalentClass[]> = {
  repair: ['repair'],
  elderlyCare: ['medical', 'psychology'],
  medical: ['medical'],
  legal: ['law'],
  education: ['education'],
  psychology: ['psychology'],
  environment: [],
  errand: [],
  other: [],
};

export const MATCH_WEIGHTS = { talent: 40, closeness: 25, time: 10, load: 15, rating: 10 } as const;

export type MatchCandidate = {
  memberId: number;
  name: string;
  talents: TalentClass[];
  /** Materialised path of the member's home place, e.g. '/1/5/23/301/3011/'. */
  homePath: string | null;
  freeTime: string;
  /** Orders they are working on now. */
  load: number;
  /** Average of their past ratings (1-5), null when never rated. */
  rating: number | null;
};

export type MatchNeed = {
  category: OrderCategory;
  /** The household's place path. */
  path: string;
  /** The kind of each place along that path, from the root. */
  kinds: PlaceKind[];
  /** Depth of the community in the tree. */
  communityDepth: number;
};

const segments = (path: string) => path.split('/').filter(Boolean);

/** How close two homes are: 1 for the same stairwell, down to 0 for only the same community. */
export function closeness(a: string, b: string, communityDepth: number): { value: number; level: number; shared: number } {
  const x = segments(a);
  const y = segments(b);
  let shared = 0;
  while (shared < x.length && shared < y.length && x[shared] === y[shared]) shared++;
  const below = Math.max(x.length, y.length) - (communityDepth + 1);
  const level = shared - (communityDepth + 1);
  if (level < 0) return { value: 0, level: -1, shared };
  return { value: below > 0 ? Math.min(1, level / below) : 1, level, shared };
}

const CLOSE_WORDS: Partial<Record<PlaceKind, [string, string]>> = {
  community: ['同一社区', 'same community'],
  compound: ['同一小区', 'same compound'],
  grid: ['同一网格', 'same grid'],
  building: ['同一楼栋', 'same building'],
  unit: ['同一单元', 'same stairwell'],
};

/** Whether someone who is free at the stated times is free now (工作日晚上、周末、随时…), in Beijing time. */
export function freeNow(freeTime: string, now: Date): boolean {
  if (/随时|全天候|不限/.test(freeTime)) return true;
  const bj = new Date(now.getTime() + 8 * 3600_000);
  const weekend = bj.getUTCDay() === 0 || bj.getUTCDay() === 6;
  const hour = bj.getUTCHours();
  if (weekend) return /周末|双休|节假日|周六|周日/.test(freeTime);
  if (hour >= 18) return /晚上|晚间|下班/.test(freeTime);
  return /工作日白天|白天/.test(freeTime);
}

export type Match = { memberId: number; name: string; score: number; reasons: Label[] };

const bi = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });
const round1 = (n: number) => Math.round(n * 10) / 10;

export function rankMembers(need: MatchNeed, candidates: MatchCandidate[], now: Date, limit = 10): Match[] {
  const wanted = CATEGORY_TALENTS[need.category];
  return candidates
    .map((c) => {
      const reasons: Label[] = [];
      const fit = wanted.filter((t) => c.talents.includes(t));
      const talent = wanted.length === 0 ? 0.5 : fit.length ? 1 : 0;
      if (fit.length) {
        reasons.push(
          bi(`专长：${fit.map((t) => TALENT_LABELS[t]['zh-CN']).join('、')}`, `Skills: ${fit.map((t) => TALENT_LABELS[t].en.toLowerCase()).join(', ')}`),
        );
      }
      const near = c.homePath ? closeness(c.homePath, need.path, need.communityDepth) : { value: 0, level: -1, shared: 0 };
      const kind = need.kinds[near.shared - 1];
      const words = kind ? CLOSE_WORDS[kind] : undefined;
      if (near.level >= 0 && words) reasons.push(bi(`住得近：${words[0]}`, `Lives close: ${words[1]}`));
      const free = c.freeTime !== '' && freeNow(c.freeTime, now);
      if (free) reasons.push(bi(`现在有空（${c.freeTime}）`, `Free now (${c.freeTime})`));
      const load = 1 / (1 + c.load);
      if (c.load > 0) reasons.push(bi(`手头有 ${c.load} 单`, `${c.load} orders in hand`));
      const rating = c.rating === null ? 0.6 : c.rating / 5;
      if (c.rating !== null) reasons.push(bi(`历史评分 ${round1(c.rating)}`, `Past rating ${round1(c.rating)}`));
      const score =
        MATCH_WEIGHTS.talent * talent +
        MATCH_WEIGHTS.closeness * near.value +
        MATCH_WEIGHTS.time * (free ? 1 : 0) +
        MATCH_WEIGHTS.load * load +
        MATCH_WEIGHTS.rating * rating;
      return { memberId: c.memberId, name: c.name, score: round1(score), reasons };
    })
    .sort((a, b) => b.score - a.score || a.memberId - b.memberId)
    .slice(0, limit);
}
