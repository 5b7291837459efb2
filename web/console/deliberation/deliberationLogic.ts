import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';
import type { TopicStatus } from '#contracts/deliberation.js';
import type { MeetingRecord } from '../../api/deliberation.js';
import { ZONE } from '../../shared/time.js';

dayjs.extend(utc);
dayjs.extend(timezone);

// Pure helpers of the 议事协商 console pages: dates, the meeting's stage, the topics a meeting may take up,
// and the 会议记录 form turned into the API's record.

export type Ref = { id: number; name: string };
export type OwnerKind = 'member' | 'unit' | 'staff';
export type Owner = { kind: OwnerKind; id?: number; name: string };
export type OtherKind = 'resident' | 'adviser' | 'staff' | 'other';

export const TOPIC_STATUS_COLORS: Record<TopicStatus, string> = {
  proposed: 'blue',
  selected: 'gold',
  decided: 'purple',
  declined: 'default',
  done: 'green',
};

/** Today in Beijing, `YYYY-MM-DD`: meeting days and deadlines are Beijing calendar days. */
export const beijingToday = (now: Date = new Date()) => dayjs(now).tz(ZONE).format('YYYY-MM-DD');

/** The day `days` after `day` (`YYYY-MM-DD`). */
export const addDays = (day: string, days: number) => dayjs(day).add(days, 'day').format('YYYY-MM-DD');

/** planned: before its day; due: its day has come and it waits for its record; held: recorded. */
export type MeetingStage = 'planned' | 'due' | 'held';
export function meetingStage(meeting: { status: 'planned' | 'held'; heldOn: string }, today: string): MeetingStage {
  if (meeting.status === 'held') return 'held';
  return meeting.heldOn <= today ? 'due' : 'planned';
}

/** The day a new meeting is suggested for: the next 议事日 still ahead (or today), else today. */
export function suggestedDay(next: readonly string[], today: string): string {
  return [...next].sort().find((day) => day >= today) ?? today;
}

/**
 * Where a 议事会 may be held for these topics: the community itself (any of its topics), or one of the
 * compounds that raised a topic (that compound's topics only). The community comes first.
 */
export function meetingPlaces(community: Ref, topics: readonly { place: Ref }[]): Ref[] {
  const places: Ref[] = [community];
  for (const { place } of topics) {
    if (!places.some((p) => p.id === place.id)) places.push(place);
  }
  return places;
}

/** The topics a meeting at `placeId` may take up: all of them at the community, a compound's own at a compound. */
export function topicsFor<T extends { place: Ref }>(placeId: number, communityId: number, topics: readonly T[]): T[] {
  return placeId === communityId ? [...topics] : topics.filter((topic) => topic.place.id === placeId);
}

export type TaskValues = { title?: string; owner?: Partial<Owner>; deadline?: { format: (pattern: string) => string } | string | null };
export type ItemValues = {
  itemId: number;
  decision?: string;
  votesFor?: number | null;
  votesAgainst?: number | null;
  votesAbstain?: number | null;
  tasks?: TaskValues[];
};
export type RecordValues = {
  members?: Ref[];
  units?: Ref[];
  others?: { kind?: OtherKind; name?: string }[];
  discussion?: string;
  items: ItemValues[];
};

const dayText = (day: TaskValues['deadline']) => (!day ? '' : typeof day === 'string' ? day : day.format('YYYY-MM-DD'));

/** Who came: members and units picked, then the names typed; each once. */
export function attendeesOf(values: Pick<RecordValues, 'members' | 'units' | 'others'>): MeetingRecord['attendees'] {
  const out: MeetingRecord['attendees'] = [];
  const seen = new Set<string>();
  const add = (a: MeetingRecord['attendees'][number]) => {
    const key = a.id !== undefined ? `${a.kind}#${a.id}` : `${a.kind}:${a.name}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(a);
  };
  for (const m of values.members ?? []) add({ kind: 'member', id: m.id, name: m.name });
  for (const u of values.units ?? []) add({ kind: 'unit', id: u.id, name: u.name });
  for (const o of values.others ?? []) {
    const name = o.name?.trim();
    if (name) add({ kind: o.kind ?? 'other', name });
  }
  return out;
}

/** The 会议记录 form as the API's record: every agenda item once, votes defaulting to 0, tasks' owners trimmed. */
export function recordOf(values: RecordValues): MeetingRecord {
  return {
    attendees: attendeesOf(values),
    discussion: values.discussion?.trim() ?? '',
    items: values.items.map((item) => ({
      itemId: item.itemId,
      decision: item.decision?.trim() ?? '',
      votesFor: item.votesFor ?? 0,
      votesAgainst: item.votesAgainst ?? 0,
      votesAbstain: item.votesAbstain ?? 0,
      tasks: (item.tasks ?? []).map((task) => {
        const kind = task.owner?.kind ?? 'staff';
        const id = kind === 'staff' ? undefined : task.owner?.id;
        return {
          title: task.title?.trim() ?? '',
          owner: { kind, ...(id !== undefined ? { id } : {}), name: task.owner?.name?.trim() ?? '' },
          deadline: dayText(task.deadline),
        };
      }),
    })),
  };
}

/** An owner is complete when named, and a member or unit also picked. */
export const ownerComplete = (owner: Partial<Owner> | undefined): boolean =>
  !!owner?.name?.trim() && (owner.kind === 'staff' || (owner.id !== undefined && owner.id > 0));

/** Days of the month, sorted, joined for reading: "1、15". */
export const daysText = (days: readonly number[], separator: string) => [...days].sort((a, b) => a - b).join(separator);
