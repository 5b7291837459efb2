import type { PlaceKind } from '#contracts/labels.js';

// Pure helpers of the 议事协商 phone pages.

type Place = { id: number; name: string; kind: PlaceKind };
export type TopicPlace = { id: number; name: string; kind: 'community' | 'compound' };

/**
 * Where a resident or member may raise a topic: their community (the default, first), and the compound
 * they live in when the account's place is one. Nothing when the account lies in no community.
 */
export function topicPlaces(own: Place, community: { id: number; name: string } | null): TopicPlace[] {
  if (!community) return [];
  const places: TopicPlace[] = [{ ...community, kind: 'community' }];
  if (own.kind === 'compound' && own.id !== community.id) places.push({ id: own.id, name: own.name, kind: 'compound' });
  return places;
}

/** A whole percentage 0–100 of done out of total; 0 when there is nothing to do. */
export const percentDone = (done: number, total: number) => (total > 0 ? Math.round((Math.min(done, total) / total) * 100) : 0);

/** A progress value the slider may hold: a whole number from 0 to 100. */
export const clampProgress = (value: number) => (Number.isFinite(value) ? Math.min(100, Math.max(0, Math.round(value))) : 0);

/** The newest updates first, at most `count`. */
export function latestUpdates<T extends { at: string }>(updates: readonly T[], count = 3): T[] {
  return [...updates].sort((a, b) => b.at.localeCompare(a.at)).slice(0, count);
}
