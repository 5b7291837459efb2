import type { Answer, Emergency, RollCallGrid, RollCallMember } from '../../api/emergency.js';
import type { MessageKey } from '../../i18n/translate.js';

// Pure helpers of 应急动员, shared by the command view and the member's phone.

export const ANSWER_ORDER: readonly Answer[] = ['now', 'later', 'cannot'];

/** 马上到 / 稍后到 / 无法到. */
export const ANSWER_TEXT: Record<Answer, MessageKey> = {
  now: 'emergency.answer.now',
  later: 'emergency.answer.later',
  cannot: 'emergency.answer.cannot',
};

/** The answer's colour: the same in the tags, the figures and the chart. */
export const ANSWER_COLORS: Record<Answer | 'silent', string> = {
  now: '#52c41a',
  later: '#faad14',
  cannot: '#ff4d4f',
  silent: '#bfbfbf',
};

export type Figures = { called: number; now: number; later: number; cannot: number; silent: number };

/** The big figures of an emergency: who was called, each answer, and who has not answered yet. */
export function figuresOf(e: Pick<Emergency, 'called' | 'answers'>): Figures {
  const { now, later, cannot } = e.answers;
  return { called: e.called, now, later, cannot, silent: Math.max(0, e.called - now - later - cannot) };
}

/** The roll call's grids added up: the same figures, counted from the grids. */
export function rollCallTotals(grids: readonly Pick<RollCallGrid, 'called' | 'now' | 'later' | 'cannot' | 'silent'>[]): Figures {
  return grids.reduce(
    (sum, g) => ({
      called: sum.called + g.called,
      now: sum.now + g.now,
      later: sum.later + g.later,
      cannot: sum.cannot + g.cannot,
      silent: sum.silent + g.silent,
    }),
    { called: 0, now: 0, later: 0, cannot: 0, silent: 0 },
  );
}

/** Share of the called who have answered, 0–100, rounded down (a roll call is not done at 99.6 %). */
export function answeredPercent(f: Figures): number {
  if (f.called <= 0) return 0;
  return Math.floor(((f.called - f.silent) / f.called) * 100);
}

export type AnswerFilter = Answer | 'silent' | 'all';

/** The members table's filter: by answer, or those who have not answered. */
export function matchesAnswer(member: Pick<RollCallMember, 'answer'>, filter: AnswerFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'silent') return member.answer === null;
  return member.answer === filter;
}

/** The members shown: the answer filter, then the typed name or grid (case-insensitive, trimmed). */
export function filterMembers<M extends Pick<RollCallMember, 'answer' | 'name' | 'grid'>>(members: readonly M[], filter: AnswerFilter, q: string): M[] {
  const text = q.trim().toLowerCase();
  return members.filter((m) => matchesAnswer(m, filter) && (!text || m.name.toLowerCase().includes(text) || m.grid.toLowerCase().includes(text)));
}

/** Live ones first, then the newest. */
export function liveFirst<E extends Pick<Emergency, 'id' | 'endedAt'>>(list: readonly E[]): E[] {
  return [...list].sort((a, b) => Number(a.endedAt !== null) - Number(b.endedAt !== null) || b.id - a.id);
}

/** The chart's rows, fewest answered at the top of a horizontal bar chart (ECharts draws the first category at the bottom). */
export function chartRows(grids: readonly RollCallGrid[]) {
  const rows = [...grids].sort((a, b) => a.silent - b.silent || b.grid.name.localeCompare(a.grid.name, 'zh-CN'));
  return {
    names: rows.map((g) => g.grid.name),
    now: rows.map((g) => g.now),
    later: rows.map((g) => g.later),
    cannot: rows.map((g) => g.cannot),
    silent: rows.map((g) => g.silent),
  };
}
