import type { CareCategory, Label, TalentClass } from '#contracts/labels.js';
import { CARE_CATEGORY_LABELS, TALENT_LABELS } from '#contracts/labels.js';

// 双包联 — pairing suggestions: every key household gets a member (when there are enough), nobody
// carries more than the cap, members stay close to their households and their talents fit the care needed.
// Any member may serve any household of the community, so filling households one by one covers
// min(households, free places); the order (hardest first, best fit, least loaded) decides the quality.

export type PairingHousehold = {
  id: number;
  /** Materialised path of its place: '/county/street/community/compound/grid/building/unit/'. */
  path: string;
  care: CareCategory[];
};

export type PairingMember = {
  id: number;
  /** Their home's place path, or null when unknown. */
  path: string | null;
  talents: TalentClass[];
  /** Households already paired with them. */
  load: number;
};

/** Which talents serve each care category best. */
export const CARE_TALENTS: Record<CareCategory, TalentClass[]> = {
  elderlyAlone: ['medical', 'psychology'],
  leftBehindChild: ['education', 'psychology'],
  disabled: ['medical', 'repair'],
  pregnant: ['medical'],
  chronicIllness: ['medical'],
  hardship: ['law', 'technology'],
};

export type Suggestion = { householdId: number; memberId: number; score: number; reasons: Label[] };
export type SuggestionResult = { pairs: Suggestion[]; uncovered: number[] };

const segments = (path: string) => path.split('/').filter(Boolean);

/** How many places two paths share from the root. */
export function sharedDepth(a: string, b: string): number {
  const x = segments(a);
  const y = segments(b);
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

const bi = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });

/** Closeness (0..1) from how deep the shared part of the paths goes below the community, and why. */
function closeness(h: PairingHousehold, m: PairingMember, communityDepth: number): { value: number; reason: Label | null } {
  if (!m.path) return { value: 0, reason: null };
  const shared = sharedDepth(h.path, m.path) - (communityDepth + 1);
  const below = segments(h.path).length - (communityDepth + 1);
  if (shared <= 0 || below <= 0) return { value: 0, reason: null };
  const value = Math.min(1, shared / below);
  const words: [string, string][] = [
    ['同一小区', 'same compound'],
    ['同一网格', 'same grid'],
    ['同一楼栋', 'same building'],
    ['同一单元', 'same stairwell'],
  ];
  const [zh, en] = words[Math.min(shared, words.length) - 1] ?? ['', ''];
  return { value, reason: bi(`住得近：${zh}`, `Lives close: ${en}`) };
}

export function fitOf(h: PairingHousehold, m: PairingMember, communityDepth: number): { score: number; reasons: Label[] } {
  const near = closeness(h, m, communityDepth);
  const needed = new Set(h.care.flatMap((c) => CARE_TALENTS[c]));
  const matching = m.talents.filter((t) => needed.has(t));
  const reasons: Label[] = [];
  if (near.reason) reasons.push(near.reason);
  if (matching.length) {
    const care = h.care.find((c) => CARE_TALENTS[c].some((t) => matching.includes(t)));
    const careLabel = care ? CARE_CATEGORY_LABELS[care] : undefined;
    reasons.push(
      bi(
        `专长对口：${matching.map((t) => TALENT_LABELS[t]['zh-CN']).join('、')}${careLabel ? `（${careLabel['zh-CN']}）` : ''}`,
        `Skills fit: ${matching.map((t) => TALENT_LABELS[t].en.toLowerCase()).join(', ')}${careLabel ? ` (${careLabel.en.toLowerCase()})` : ''}`,
      ),
    );
  }
  // Closeness counts most (visits are monthly, on foot); skills next.
  const score = 60 * near.value + 40 * (matching.length ? 1 : 0);
  return { score: Math.round(score * 10) / 10, reasons };
}

/**
 * Suggests a member for each household without one. `cap` bounds each member's households including
 * those they already have; a household is left out only when every member is at the cap.
 */
export function suggestPairings(
  households: PairingHousehold[],
  members: PairingMember[],
  opts: { cap: number; communityDepth: number; priority?: readonly CareCategory[] },
): SuggestionResult {
  const room = new Map(members.map((m) => [m.id, Math.max(0, opts.cap - m.load)]));
  const usable = members.filter((m) => (room.get(m.id) ?? 0) > 0);
  const fits = new Map<number, { member: PairingMember; score: number; reasons: Label[] }[]>();
  for (const h of households) {
    fits.set(
      h.id,
      usable.map((m) => ({ member: m, ...fitOf(h, m, opts.communityDepth) })).sort((a, b) => b.score - a.score || a.member.id - b.member.id),
    );
  }
  // The org department's priority categories first (they get members when members are short); then the
  // hardest: households with the fewest good options choose before the easy ones.
  const priority = new Set(opts.priority ?? []);
  const urgent = (h: PairingHousehold) => (h.care.some((c) => priority.has(c)) ? 1 : 0);
  const order = [...households].sort(
    (a, b) => urgent(b) - urgent(a) || (fits.get(a.id)?.[0]?.score ?? 0) - (fits.get(b.id)?.[0]?.score ?? 0) || b.care.length - a.care.length || a.id - b.id,
  );
  const chosen = new Map<number, number>(); // household → member
  const holders = new Map<number, number[]>(); // member → households
  const take = (hid: number, mid: number) => {
    chosen.set(hid, mid);
    holders.set(mid, [...(holders.get(mid) ?? []), hid]);
    room.set(mid, (room.get(mid) ?? 0) - 1);
  };
  // Best fit first, but among equal fits the least loaded member, so the load spreads.
  for (const h of order) {
    const options = fits.get(h.id) ?? [];
    const best = options
      .filter((o) => (room.get(o.member.id) ?? 0) > 0)
      .sort((a, b) => b.score - a.score || (room.get(b.member.id) ?? 0) - (room.get(a.member.id) ?? 0) || a.member.id - b.member.id)[0];
    if (best) take(h.id, best.member.id);
  }
  const byHousehold = new Map(households.map((h) => [h.id, h]));
  const byMember = new Map(members.map((m) => [m.id, m]));
  const pairs: Suggestion[] = [];
  for (const [hid, mid] of chosen) {
    const h = byHousehold.get(hid);
    const m = byMember.get(mid);
    if (!h || !m) continue;
    const f = fitOf(h, m, opts.communityDepth);
    pairs.push({ householdId: hid, memberId: mid, score: f.score, reasons: f.reasons });
  }
  pairs.sort((a, b) => a.householdId - b.householdId);
  return { pairs, uncovered: households.filter((h) => !chosen.has(h.id)).map((h) => h.id) };
}
