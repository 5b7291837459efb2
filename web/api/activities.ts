import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ActivityDto,
  ActivityInput,
  ActivityQrDto,
  AttendeeDto,
  CheckResultDto,
  ListActivitiesQuery,
  ListTeamsQuery,
  TeamDto,
  TeamInput,
  ThemeDto,
  ThemeInput,
} from '#contracts/activities.js';
import type { Page } from '#contracts/common.js';
import type { ListPostsQuery, PostDto, PostInput, RosterInput, ShiftDto } from '#contracts/wishes.js';
import { api } from './client.js';

// 双服务: 活动 (rotating QR check-in), 志愿服务队, 一月一主题, 设岗定责 with weekly rosters.

export const activityKeys = {
  all: ['activities'] as const,
  list: ['activities', 'list'] as const,
  feed: ['activities', 'feed'] as const,
  detail: (id: number) => ['activities', 'detail', id] as const,
  attendees: (id: number) => ['activities', 'attendees', id] as const,
  qr: (id: number) => ['activities', 'qr', id] as const,
  teams: ['teams'] as const,
  themes: (year: number) => ['themes', year] as const,
  posts: ['posts'] as const,
  roster: (id: number, weekStart: string) => ['posts', 'roster', id, weekStart] as const,
};

const PHONE_PAGE = 20;
const validId = (id: number) => Number.isInteger(id) && id > 0;
const nextPage = (last: Page<unknown>) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined);

/** A write that reloads everything under `key` when done, whatever the outcome. */
function useWrite<I, O>(key: readonly unknown[], fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => client.invalidateQueries({ queryKey: key }) });
}

// 活动

export type ActivityFilters = Partial<ListActivitiesQuery>;

export const useActivities = (filters: ActivityFilters) =>
  useQuery({
    queryKey: [...activityKeys.list, filters],
    queryFn: () => api.get<Page<ActivityDto>>('/activities', filters),
    placeholderData: keepPreviousData,
  });

/** The phone list, page by page. */
export const useActivityFeed = (when: ListActivitiesQuery['when']) =>
  useInfiniteQuery({
    queryKey: [...activityKeys.feed, when],
    queryFn: ({ pageParam }) => api.get<Page<ActivityDto>>('/activities', { when, page: pageParam, pageSize: PHONE_PAGE }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
  });

export const useActivity = (id: number) =>
  useQuery({ queryKey: activityKeys.detail(id), queryFn: () => api.get<ActivityDto>(`/activities/${id}`), enabled: validId(id) });

/** Sign-ups and attendance, for the organiser; polled while the page is open, as people check in. */
export const useAttendees = (id: number, enabled = true) =>
  useQuery({
    queryKey: activityKeys.attendees(id),
    queryFn: () => api.get<AttendeeDto[]>(`/activities/${id}/attendees`),
    enabled: enabled && validId(id),
    refetchInterval: 15_000,
  });

/** How long to wait before asking for the next code: just after this one expires (the server turns it then). */
export function qrRefetchDelay(expiresAt: string, now = Date.now()): number {
  const wait = Date.parse(expiresAt) - now + 300;
  return Number.isFinite(wait) ? Math.min(30_000, Math.max(1_000, wait)) : 5_000;
}

/** The organiser's rotating code; a new one is fetched as each expires. */
export const useActivityQr = (id: number) =>
  useQuery({
    queryKey: activityKeys.qr(id),
    queryFn: () => api.get<ActivityQrDto>(`/activities/${id}/qr`),
    enabled: validId(id),
    gcTime: 0,
    refetchInterval: (query) => (query.state.data ? qrRefetchDelay(query.state.data.expiresAt) : 5_000),
    refetchIntervalInBackground: true,
  });

/** 活动台账: the list as filtered, without paging, as an .xlsx. */
export const downloadActivities = ({ page: _page, pageSize: _pageSize, ...filters }: ActivityFilters) =>
  api.download('/activities/export', filters, 'activities.xlsx');

export const useCreateActivity = () => useWrite(activityKeys.all, (input: ActivityInput) => api.post<ActivityDto>('/activities', input));

export const useSignUp = () => useWrite(activityKeys.all, (id: number) => api.post<ActivityDto>(`/activities/${id}/signup`));

export const useCheck = () =>
  useWrite(activityKeys.all, ({ id, code }: { id: number; code: string }) => api.post<CheckResultDto>(`/activities/${id}/check`, { code }));

// 志愿服务队

export type TeamFilters = Partial<ListTeamsQuery>;

export const useTeams = (filters: TeamFilters, enabled = true) =>
  useQuery({
    queryKey: [...activityKeys.teams, filters],
    queryFn: () => api.get<Page<TeamDto>>('/teams', filters),
    placeholderData: keepPreviousData,
    enabled,
  });

export const downloadTeams = ({ page: _page, pageSize: _pageSize, ...filters }: TeamFilters) => api.download('/teams/export', filters, 'teams.xlsx');

export const useCreateTeam = () => useWrite(activityKeys.teams, (input: TeamInput) => api.post<TeamDto>('/teams', input));

// 一月一主题

export const useThemes = (year: number) =>
  useQuery({ queryKey: activityKeys.themes(year), queryFn: () => api.get<ThemeDto[]>('/themes', { year }), staleTime: 60_000 });

export const useSetTheme = () => useWrite(['themes'], (input: ThemeInput) => api.put<ThemeDto>('/themes', input));

// 设岗定责

export type PostFilters = Partial<ListPostsQuery>;

export const usePosts = (filters: PostFilters) =>
  useQuery({
    queryKey: [...activityKeys.posts, 'list', filters],
    queryFn: () => api.get<Page<PostDto>>('/posts', filters),
    placeholderData: keepPreviousData,
  });

export const downloadPosts = ({ page: _page, pageSize: _pageSize, ...filters }: PostFilters) => api.download('/posts/export', filters, 'posts.xlsx');

const POST_SCAN_PAGE = 200;

/** There is no GET /posts/:id: the post is found in the caller's list, a page at a time. */
async function findPost(id: number): Promise<PostDto | null> {
  for (let page = 1; ; page++) {
    const found = await api.get<Page<PostDto>>('/posts', { page, pageSize: POST_SCAN_PAGE });
    const post = found.items.find((p) => p.id === id);
    if (post) return post;
    if (page * POST_SCAN_PAGE >= found.total) return null;
  }
}

export const usePost = (id: number) => useQuery({ queryKey: [...activityKeys.posts, 'detail', id], queryFn: () => findPost(id), enabled: validId(id) });

export const useCreatePost = () => useWrite(activityKeys.posts, (input: PostInput) => api.post<PostDto>('/posts', input));

export const useClaimPost = () => useWrite(activityKeys.posts, (id: number) => api.post<PostDto>(`/posts/${id}/claim`));

export const useRoster = (id: number, weekStart: string, enabled = true) =>
  useQuery({
    queryKey: activityKeys.roster(id, weekStart),
    queryFn: () => api.get<ShiftDto[]>(`/posts/${id}/roster`, { weekStart }),
    enabled: enabled && validId(id),
  });

export const useSetRoster = () =>
  useWrite(activityKeys.posts, ({ id, ...input }: RosterInput & { id: number }) => api.put<ShiftDto[]>(`/posts/${id}/roster`, input));

export const useMarkShiftDone = () =>
  useWrite(activityKeys.posts, ({ id, shiftId }: { id: number; shiftId: number }) => api.post<ShiftDto>(`/posts/${id}/shifts/${shiftId}/done`));
