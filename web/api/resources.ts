import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page } from '#contracts/common.js';
import type { ListResourcesQuery, ResourceDto } from '#contracts/resources.js';
import { api } from './client.js';

export type ResourceFilters = Partial<ListResourcesQuery>;

/** 资源清单: what confirmed units and approved members offer their communities. */
export const useResources = (filters: ResourceFilters) =>
  useQuery({
    queryKey: ['resources', filters],
    queryFn: () => api.get<Page<ResourceDto>>('/resources', filters),
    placeholderData: keepPreviousData,
  });
