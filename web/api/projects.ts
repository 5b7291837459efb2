import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TeamDto } from '#contracts/activities.js';
import type { Page } from '#contracts/common.js';
import type { OrderDto } from '#contracts/orders.js';
import type { CommitmentDto, ListProjectsQuery, NeedListDto, ProjectDto, ProjectInput } from '#contracts/projects.js';
import type { ResourceDto } from '#contracts/resources.js';
import { api } from './client.js';

// 项目清单 (needs matched to resources, owned by a unit or team) and the monthly 需求清单.

export const projectKeys = {
  all: ['projects'] as const,
  list: ['projects', 'list'] as const,
  commitments: (year: number) => ['projects', 'commitments', year] as const,
  needList: (placeId: number, month: string) => ['needList', placeId, month] as const,
};

export type ProjectFilters = Partial<ListProjectsQuery> & { page: number; pageSize: number };

export const useProjects = (filters: ProjectFilters) =>
  useQuery({
    queryKey: [...projectKeys.list, filters],
    queryFn: () => api.get<Page<ProjectDto>>('/projects', filters),
    placeholderData: keepPreviousData,
  });

/** 项目清单台账: the list as filtered, without paging, as an .xlsx. */
export const downloadProjects = ({ page: _page, pageSize: _pageSize, ...filters }: Partial<ProjectFilters>) =>
  api.download('/projects/export', filters, 'projects.xlsx');

/** 每个单位每年至少一个共建项目: the units in scope with their projects of the year, fewest first. */
export const useCommitments = (year: number) =>
  useQuery({ queryKey: projectKeys.commitments(year), queryFn: () => api.get<CommitmentDto[]>('/projects/commitments', { year }) });

function useProjectMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => {
      void client.invalidateQueries({ queryKey: projectKeys.all });
      void client.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
}

export const useCreateProject = () => useProjectMutation((input: ProjectInput) => api.post<ProjectDto>('/projects', input));
export const useClaimProject = () => useProjectMutation((id: number) => api.post<ProjectDto>(`/projects/${id}/claim`));
export type ProgressInput = { id: number; status: 'active' | 'done' | 'cancelled'; outcome: string };
export const useProgressProject = () => useProjectMutation(({ id, ...body }: ProgressInput) => api.post<ProjectDto>(`/projects/${id}/progress`, body));

// What a project is made of, from the chosen community: its needs, resources, units and teams.
const PICK_SIZE = 200;

export const useCommunityNeeds = (placeId: number | undefined) =>
  useQuery({
    queryKey: ['orders', 'list', 'forProject', placeId],
    queryFn: () => api.get<Page<OrderDto>>('/orders', { placeId, pageSize: PICK_SIZE }),
    enabled: placeId !== undefined,
  });

export const useCommunityResources = (placeId: number | undefined) =>
  useQuery({
    queryKey: ['resources', { placeId, pageSize: PICK_SIZE }],
    queryFn: () => api.get<Page<ResourceDto>>('/resources', { placeId, pageSize: PICK_SIZE }),
    enabled: placeId !== undefined,
  });

export const useCommunityTeams = (placeId: number | undefined) =>
  useQuery({
    queryKey: ['teams', 'forProject', placeId],
    queryFn: () => api.get<Page<TeamDto>>('/teams', { placeId, pageSize: PICK_SIZE }),
    enabled: placeId !== undefined,
  });

export const useNeedList = (placeId: number | undefined, month: string) =>
  useQuery({
    queryKey: projectKeys.needList(placeId ?? 0, month),
    queryFn: () => api.get<NeedListDto>('/needs/list', { placeId, month }),
    enabled: placeId !== undefined,
  });

export const usePublishNeedList = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { placeId: number; month: string }) => api.post<NeedListDto>('/needs/list/publish', input),
    onSuccess: (list) => client.setQueryData(projectKeys.needList(list.place.id, list.month), list),
    onSettled: () => void client.invalidateQueries({ queryKey: ['needList'] }),
  });
};
