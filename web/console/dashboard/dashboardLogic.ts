import type { FigureDto } from '#contracts/dashboard.js';
import { PLACE_KINDS, type PlaceKind } from '#contracts/labels.js';

// 数据看板: the pure parts — which console page each figure opens, the date range check the server
// makes, the wall's refresh interval, the report's period and title, and the children table as CSV.

export const FIGURE_GROUPS = ['registration', 'service', 'pairing', 'evaluation', 'governance'] as const;
export type FigureGroup = (typeof FIGURE_GROUPS)[number];

/** Every figure the server sends; a key not listed here still shows, under its own name. */
export const FIGURE_KEYS = [
  'members.approved',
  'members.submitted',
  'units.confirmed',
  'units.submitted',
  'orders.submitted',
  'orders.open',
  'orders.accepted',
  'orders.rated',
  'orders.overdue',
  'wishes.open',
  'wishes.fulfilled',
  'wishes.thanked',
  'key.all',
  'key.covered.true',
  'key.covered.false',
  'visits.overdue',
  'grades.excellent',
  'grades.good',
  'grades.fair',
  'grades.poor',
  'topics.proposed',
  'tasks.open',
  'tasks.overdue',
  'mediation.intake',
  'mediation.mediating',
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];
export const isFigureKey = (key: string): key is FigureKey => (FIGURE_KEYS as readonly string[]).includes(key);

/** Figures that mean work waiting: shown in the warning colour when not zero. */
export const ALERT_FIGURES: readonly string[] = [
  'members.submitted',
  'units.submitted',
  'orders.submitted',
  'orders.overdue',
  'key.covered.false',
  'visits.overdue',
  'tasks.overdue',
];

/** The levels a dashboard exists for: a child of another kind (a community's compounds) is not drilled into. */
export const DASHBOARD_KINDS: readonly string[] = ['county', 'street', 'community'];
export const drillable = (kind: string) => DASHBOARD_KINDS.includes(kind);
export const isPlaceKind = (kind: string): kind is PlaceKind => (PLACE_KINDS as readonly string[]).includes(kind);

type Link = NonNullable<FigureDto['link']>;

/** Which of the link's query parameters the console page reads from its URL, and where the page is. */
type Target = { route: string; keep: readonly string[]; fixed?: Record<string, string> };

const TARGETS: Record<string, Target> = {
  '/registrations/members': { route: '/registrations/members', keep: ['status', 'placeId', 'organizationId'] },
  '/members': { route: '/members', keep: ['organizationId'] },
  '/registrations/units': { route: '/registrations/units', keep: ['status', 'placeId'] },
  '/orders': { route: '/orders', keep: ['status', 'overdue', 'placeId'] },
  '/wishes': { route: '/wishes', keep: ['status', 'placeId'] },
  '/pairings/key-households': { route: '/pairing/key-households', keep: ['covered', 'placeId'] },
  // Pages that do not read filters from their URL yet: the page itself (its tab where it has one).
  '/topics': { route: '/deliberation', keep: [], fixed: { tab: 'topics' } },
  '/tasks': { route: '/deliberation', keep: [], fixed: { tab: 'tasks' } },
  '/mediation/cases': { route: '/mediation', keep: [] },
  // What is owed now is shown, community by community, on the coverage report.
  '/visits/due': { route: '/pairing/coverage', keep: [] },
};

const EVALUATION_MEMBERS = /^\/evaluations\/(\d{4})\/members$/;

/**
 * The console page (path + search) a figure's API list opens as: the same filters where the page reads
 * them from its URL, with the place's (or unit's) name for the picker's label. Null when no page shows that list.
 */
export function consoleRoute(link: Link | null, placeName?: string, organizationName?: string): string | null {
  if (!link) return null;
  let target = TARGETS[link.path];
  const params = new URLSearchParams();
  const year = EVALUATION_MEMBERS.exec(link.path)?.[1];
  if (year) {
    target = { route: '/evaluation', keep: ['grade', 'placeId'] };
    params.set('year', year);
  }
  if (!target) return null;
  for (const [key, value] of Object.entries(target.fixed ?? {})) params.set(key, value);
  for (const key of target.keep) {
    const value = link.query[key];
    if (value !== undefined && value !== '') params.set(key, value);
  }
  if (placeName && params.has('placeId')) params.set('placeName', placeName);
  if (organizationName && params.has('organizationId')) params.set('organizationName', organizationName);
  const search = params.toString();
  return search ? `${target.route}?${search}` : target.route;
}

/** The API list a figure counts, as the URL the e2e and the tooltip show: `/orders?status=open&placeId=1`. */
export function apiListPath(link: Link): string {
  const search = new URLSearchParams(link.query).toString();
  return search ? `${link.path}?${search}` : link.path;
}

const DAY = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The server's rule, checked before asking: the start not after the end, at most three years. */
export function rangeError(from: string | undefined, to: string | undefined): 'order' | 'tooLong' | null {
  if (!from || !to || !ISO_DAY.test(from) || !ISO_DAY.test(to)) return null;
  if (from > to) return 'order';
  if (Date.parse(to) - Date.parse(from) > 3 * 366 * DAY) return 'tooLong';
  return null;
}

/** The figures of one group, in the server's order. */
export const figuresOf = (figures: FigureDto[], group: FigureGroup) => figures.filter((f) => f.group === group);

/** `?refresh=5` on the wall: seconds between reloads, 5 to 600, else a minute. */
export function refreshSeconds(value: string | null): number {
  const n = Number(value);
  if (!value || !Number.isFinite(n)) return 60;
  return Math.min(600, Math.max(5, Math.round(n)));
}

/** A positive whole id from the URL, else undefined. */
export function idParam(value: string | null): number | undefined {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : undefined;
}

/** A share as a whole percent; '—' when there is nothing to share. */
export const percentOf = (part: number, whole: number) => (whole > 0 ? `${Math.round((part / whole) * 100)}%` : '—');

export type PeriodKind = 'month' | 'year';
const PERIOD = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/;

/** A period the server takes ('2026' or '2026-11'), read from the URL; else undefined. */
export function parsePeriod(value: string | null): { kind: PeriodKind; year: number; month?: number; period: string } | undefined {
  const m = value ? PERIOD.exec(value) : null;
  if (!m || !value) return undefined;
  const year = Number(m[1]);
  return m[2] ? { kind: 'month', year, month: Number(m[2]), period: value } : { kind: 'year', year, period: value };
}

/** The report's lines the web has English names for; any other line shows the server's words. */
export const REPORT_LINES = [
  'units',
  'members',
  'membersNew',
  'unitsPairing',
  'compoundsPaired',
  'needs',
  'resources',
  'projects',
  'services',
  'hours',
  'solved',
  'wishes',
  'keyHouseholds',
  'covered',
  'visits',
  'redeemed',
  'satisfaction',
  'topics',
  'mediated',
] as const;
export type ReportLine = (typeof REPORT_LINES)[number];
export const isReportLine = (key: string): key is ReportLine => (REPORT_LINES as readonly string[]).includes(key);

// 单位看板: a unit's own figures, its services by kind, and the pages of its feedback cards and quarterly record.

/** The unit dashboard's figures; a key not listed here still shows, under its own name. */
export const UNIT_FIGURE_KEYS = ['members.all', 'members.approved', 'members.submitted'] as const;
export type UnitFigureKey = (typeof UNIT_FIGURE_KEYS)[number];
export const isUnitFigureKey = (key: string): key is UnitFigureKey => (UNIT_FIGURE_KEYS as readonly string[]).includes(key);

/** Where a service record comes from, in the order the charts and the quarterly record list them. */
export const SERVICE_SOURCES = ['order', 'wish', 'activity', 'duty'] as const;
export type ServiceSource = (typeof SERVICE_SOURCES)[number];

type ServiceRow = { source: string; count: number; hours: number };

/**
 * One bar per kind of service, every kind shown (none done is a zero, not a gap), in the usual order;
 * a kind the web does not know yet comes last, under its own name.
 */
export function serviceBars(services: readonly ServiceRow[]): ServiceRow[] {
  const known = SERVICE_SOURCES.map((source) => services.find((s) => s.source === source) ?? { source, count: 0, hours: 0 });
  const other = services.filter((s) => !(SERVICE_SOURCES as readonly string[]).includes(s.source));
  return [...known, ...other].map((s) => ({ source: s.source, count: s.count, hours: s.hours }));
}

/** The year's totals: services and hours (to one decimal). */
export function serviceTotals(services: readonly ServiceRow[]): { count: number; hours: number } {
  const count = services.reduce((sum, s) => sum + s.count, 0);
  const hours = Math.round(services.reduce((sum, s) => sum + s.hours, 0) * 10) / 10;
  return { count, hours };
}

/**
 * The 反馈卡 and 季度服务纪实 pages for a unit and year: the year on both (the quarterly record's last
 * quarter of a past year, the current quarter of this one), the unit for an admin (a secretary's is their own).
 */
export function unitPageLinks(year: number, thisYear: number, organizationId?: number): { feedback: string; quarterly: string } {
  const feedback = new URLSearchParams({ year: String(year) });
  const quarterly = new URLSearchParams();
  if (year < thisYear) quarterly.set('period', `${year}-Q4`);
  if (organizationId) {
    feedback.set('org', String(organizationId));
    quarterly.set('org', String(organizationId));
  }
  const q = quarterly.toString();
  return { feedback: `/evaluation/feedback?${feedback}`, quarterly: q ? `/evaluation/quarterly?${q}` : '/evaluation/quarterly' };
}
