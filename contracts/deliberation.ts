import { z } from 'zod';
import { Id, IsoDateString, PageQuery, Text } from './common.js';
import type { Label } from './labels.js';

// 议事协商: 议题收集 → 议题确定 → 开展协商 → 决策监督; and 联席会议 with the paired units.

export const TOPIC_STATUSES = ['proposed', 'selected', 'decided', 'declined', 'done'] as const;
export type TopicStatus = (typeof TOPIC_STATUSES)[number];
export const TOPIC_STATUS_LABELS: Record<TopicStatus, Label> = {
  proposed: { 'zh-CN': '已提出', en: 'Proposed' },
  selected: { 'zh-CN': '已列入议程', en: 'On an agenda' },
  decided: { 'zh-CN': '已形成决议', en: 'Decided' },
  declined: { 'zh-CN': '未采纳', en: 'Not taken up' },
  done: { 'zh-CN': '已办结', en: 'Done' },
};

export const MEETING_KINDS = ['deliberation', 'joint'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

const Ref = z.object({ id: z.number().int(), name: z.string() });

export const TopicInput = z.strictObject({ placeId: Id, title: Text(60), description: z.string().trim().max(1000).default('') });
export const DeclineTopicInput = z.strictObject({ reason: Text(300) });
export const TopicDto = z.object({
  id: z.number().int(),
  place: Ref,
  title: z.string(),
  description: z.string(),
  proposer: z.object({ name: z.string(), role: z.string() }),
  status: z.enum(TOPIC_STATUSES),
  meeting: z.object({ id: z.number().int(), heldOn: z.string() }).nullable(),
  decision: z.string().nullable(),
  declineReason: z.string().nullable(),
  tasks: z.object({ total: z.number().int(), done: z.number().int() }),
  createdAt: z.string(),
});
export type TopicDto = z.infer<typeof TopicDto>;
export const ListTopicsQuery = PageQuery.extend({
  placeId: Id.optional(),
  status: z.enum(TOPIC_STATUSES).optional(),
  mine: z.enum(['true', 'false']).default('false'),
  q: z.string().trim().max(40).optional(),
});

export const Attendee = z.strictObject({ kind: z.enum(['member', 'unit', 'resident', 'adviser', 'staff', 'other']), id: Id.optional(), name: Text(40) });
export const MeetingInput = z.strictObject({
  placeId: Id,
  kind: z.enum(MEETING_KINDS).default('deliberation'),
  heldOn: IsoDateString,
  title: Text(60),
  /** 议事: the topics on the agenda. A 联席会议 drafts its agenda from open problems instead. */
  topicIds: z.array(Id).max(20).default([]),
});
export const TaskInput = z.strictObject({
  title: Text(100),
  owner: z.strictObject({ kind: z.enum(['member', 'unit', 'staff']), id: Id.optional(), name: Text(40) }),
  deadline: IsoDateString,
});
export const RecordItemInput = z.strictObject({
  itemId: Id,
  decision: Text(1000),
  votesFor: z.coerce.number().int().min(0).max(10_000).default(0),
  votesAgainst: z.coerce.number().int().min(0).max(10_000).default(0),
  votesAbstain: z.coerce.number().int().min(0).max(10_000).default(0),
  tasks: z.array(TaskInput).max(10).default([]),
});
/** 会议记录: who came, what was said, and per agenda item the decision, the votes and the tasks it sets. */
export const MeetingRecordInput = z.strictObject({
  attendees: z.array(Attendee).min(1).max(200),
  discussion: z.string().trim().max(5000).default(''),
  items: z.array(RecordItemInput).min(1).max(20),
});
export const AgendaItemDto = z.object({
  id: z.number().int(),
  topicId: z.number().int().nullable(),
  text: z.string(),
  /** For a 联席会议: where the item came from (overdue orders, unclaimed needs, tasks past deadline). */
  origin: z.string().nullable(),
  decision: z.string().nullable(),
  votes: z.object({ for: z.number().int(), against: z.number().int(), abstain: z.number().int() }).nullable(),
});
export const MeetingDto = z.object({
  id: z.number().int(),
  place: Ref,
  kind: z.enum(MEETING_KINDS),
  heldOn: z.string(),
  title: z.string(),
  status: z.enum(['planned', 'held']),
  attendees: z.array(z.object({ kind: z.string(), id: z.number().int().optional(), name: z.string() })),
  discussion: z.string(),
  items: z.array(AgendaItemDto),
});
export type MeetingDto = z.infer<typeof MeetingDto>;
export const ListMeetingsQuery = PageQuery.extend({ placeId: Id.optional(), kind: z.enum(MEETING_KINDS).optional() });

export const TaskDto = z.object({
  id: z.number().int(),
  place: Ref,
  title: z.string(),
  owner: z.object({ kind: z.string(), id: z.number().int().nullable(), name: z.string() }),
  deadline: z.string(),
  status: z.enum(['open', 'done']),
  progress: z.number().int(),
  overdue: z.boolean(),
  source: z.object({ kind: z.enum(MEETING_KINDS), meetingId: z.number().int(), topicId: z.number().int().nullable(), text: z.string() }),
  updates: z.array(z.object({ text: z.string(), progress: z.number().int(), by: z.string(), at: z.string() })),
});
export type TaskDto = z.infer<typeof TaskDto>;
export const ListTasksQuery = PageQuery.extend({
  placeId: Id.optional(),
  status: z.enum(['open', 'done']).optional(),
  overdue: z.enum(['true', 'false']).optional(),
});
export const TaskUpdateInput = z.strictObject({ text: Text(500), progress: z.coerce.number().int().min(0).max(100) });

/** 议事日: the days of the month a community deliberates (联议会: the 1st and 15th). */
export const ScheduleInput = z.strictObject({ days: z.array(z.coerce.number().int().min(1).max(28)).min(1).max(4) });
export const ScheduleDto = z.object({ days: z.array(z.number().int()), next: z.array(z.string()) });

/** 公开栏: what was decided, who does it, how far it is — public within the county. */
export const BoardDto = z.object({
  place: Ref,
  items: z.array(
    z.object({
      topic: z.object({ id: z.number().int(), title: z.string(), status: z.enum(TOPIC_STATUSES) }),
      decision: z.string(),
      decidedOn: z.string(),
      tasks: z.array(z.object({ title: z.string(), owner: z.string(), deadline: z.string(), progress: z.number().int(), status: z.enum(['open', 'done']) })),
    }),
  ),
});
