import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Page } from '#contracts/common.js';
import type {
  BoardDto,
  MeetingDto,
  MeetingInput,
  MeetingKind,
  MeetingRecordInput,
  ScheduleDto,
  TaskDto,
  TaskUpdateInput,
  TopicDto,
  TopicInput,
  TopicStatus,
} from '#contracts/deliberation.js';
import { api } from './client.js';

// 议事协商 and 联席会议: topics raised on the phone, meetings planned on 议事日 and recorded with votes and
// tasks, the tasks' progress, and the 公开栏 of what was decided.

export type Topic = TopicDto;
export type Meeting = MeetingDto;
export type AgendaItem = MeetingDto['items'][number];
export type Task = TaskDto;
export type Board = z.infer<typeof BoardDto>;
export type Schedule = z.infer<typeof ScheduleDto>;
export type TopicRequest = z.input<typeof TopicInput>;
export type MeetingRequest = z.input<typeof MeetingInput>;
export type MeetingRecord = z.input<typeof MeetingRecordInput>;
export type TaskUpdate = z.input<typeof TaskUpdateInput>;
export type TaskStatus = TaskDto['status'];

export type TopicFilters = { placeId?: number; status?: TopicStatus; mine?: 'true' | 'false'; q?: string; page: number; pageSize: number };
export type MeetingFilters = { placeId?: number; kind?: MeetingKind; page: number; pageSize: number };
export type TaskFilters = { placeId?: number; status?: TaskStatus; overdue?: 'true' | 'false'; page: number; pageSize: number };

export const deliberationKeys = {
  all: ['deliberation'] as const,
  topics: ['deliberation', 'topics'] as const,
  myTopics: ['deliberation', 'topics', 'mine'] as const,
  meetings: ['deliberation', 'meetings'] as const,
  meeting: (id: number) => ['deliberation', 'meetings', 'detail', id] as const,
  tasks: ['deliberation', 'tasks'] as const,
  meetingTasks: (meetingId: number) => ['deliberation', 'tasks', 'meeting', meetingId] as const,
  board: (placeId: number) => ['deliberation', 'board', placeId] as const,
  schedule: (placeId: number) => ['deliberation', 'schedule', placeId] as const,
};

const PHONE_PAGE = 20;
const nextPage = <T>(last: Page<T>) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined);

/** Every write may change a topic's status, a meeting, a task and the board: they all reload. */
function useDeliberationMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => client.invalidateQueries({ queryKey: deliberationKeys.all }) });
}

// 议题

export const useTopics = (filters: TopicFilters, enabled = true) =>
  useQuery({
    queryKey: [...deliberationKeys.topics, 'list', filters],
    queryFn: () => api.get<Page<Topic>>('/topics', filters),
    placeholderData: keepPreviousData,
    enabled,
  });

/** 我的议题 on the phone, page by page. */
export const useMyTopicFeed = () =>
  useInfiniteQuery({
    queryKey: deliberationKeys.myTopics,
    queryFn: ({ pageParam }) => api.get<Page<Topic>>('/topics', { mine: 'true', page: pageParam, pageSize: PHONE_PAGE }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
  });

export const useProposeTopic = () => useDeliberationMutation((input: TopicRequest) => api.post<Topic>('/topics', input));

export const useDeclineTopic = () =>
  useDeliberationMutation(({ id, reason }: { id: number; reason: string }) => api.post<Topic>(`/topics/${id}/decline`, { reason }));

// 会议

export const useMeetings = (filters: MeetingFilters, enabled = true) =>
  useQuery({
    queryKey: [...deliberationKeys.meetings, 'list', filters],
    queryFn: () => api.get<Page<Meeting>>('/meetings', filters),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useMeeting = (id: number) =>
  useQuery({
    queryKey: deliberationKeys.meeting(id),
    queryFn: () => api.get<Meeting>(`/meetings/${id}`),
    enabled: Number.isInteger(id) && id > 0,
  });

export const usePlanMeeting = () => useDeliberationMutation((input: MeetingRequest) => api.post<Meeting>('/meetings', input));

export function useRecordMeeting(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (record: MeetingRecord) => api.post<Meeting>(`/meetings/${id}/record`, record),
    onSuccess: (meeting) => {
      client.setQueryData(deliberationKeys.meeting(id), meeting);
      return client.invalidateQueries({ queryKey: deliberationKeys.all });
    },
  });
}

// 议定事项

export const useTasks = (filters: TaskFilters, enabled = true) =>
  useQuery({
    queryKey: [...deliberationKeys.tasks, 'list', filters],
    queryFn: () => api.get<Page<Task>>('/tasks', filters),
    placeholderData: keepPreviousData,
    enabled,
  });

/** 我的任务 on the phone: the open ones or the finished ones, page by page. */
export const useMyTaskFeed = (status: TaskStatus) =>
  useInfiniteQuery({
    queryKey: [...deliberationKeys.tasks, 'feed', status],
    queryFn: ({ pageParam }) => api.get<Page<Task>>('/tasks', { status, page: pageParam, pageSize: PHONE_PAGE }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
  });

/**
 * The tasks one meeting set, for its 会议纪要. The list has no meeting filter: the place's tasks are read
 * page by page (a meeting sets at most 20 × 10) and kept to the meeting's.
 */
export const useMeetingTasks = (meetingId: number, placeId: number | undefined, enabled = true) =>
  useQuery({
    queryKey: deliberationKeys.meetingTasks(meetingId),
    queryFn: async () => {
      const found: Task[] = [];
      for (let page = 1; page <= 20; page++) {
        const chunk = await api.get<Page<Task>>('/tasks', { placeId, page, pageSize: 200 });
        found.push(...chunk.items.filter((task) => task.source.meetingId === meetingId));
        if (page * chunk.pageSize >= chunk.total) break;
      }
      return found.sort((a, b) => a.id - b.id);
    },
    enabled: enabled && placeId !== undefined,
  });

export const useTaskProgress = () =>
  useDeliberationMutation(({ id, ...update }: TaskUpdate & { id: number }) => api.post<Task>(`/tasks/${id}/progress`, update));

// 公开栏 and 议事日

export const useBoard = (placeId: number | undefined) =>
  useQuery({
    queryKey: deliberationKeys.board(placeId ?? 0),
    queryFn: () => api.get<Board>(`/deliberation/board/${placeId}`),
    enabled: placeId !== undefined && Number.isInteger(placeId) && placeId > 0,
  });

export const useSchedule = (placeId: number | undefined, enabled = true) =>
  useQuery({
    queryKey: deliberationKeys.schedule(placeId ?? 0),
    queryFn: () => api.get<Schedule>(`/deliberation/schedule/${placeId}`),
    enabled: enabled && placeId !== undefined && placeId > 0,
  });

export function useSetSchedule(placeId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (days: number[]) => api.put<Schedule>(`/deliberation/schedule/${placeId}`, { days }),
    onSuccess: (saved) => client.setQueryData(deliberationKeys.schedule(placeId), saved),
  });
}
