import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Page } from '#contracts/common.js';
import type { GridOverviewDto, GridRole, GridRoleDto, GridRoleInput } from '#contracts/grid.js';
import type { PairingCoverageRowDto } from '#contracts/pairing.js';
import { api } from './client.js';

// 网格: the grid page, grid-role appointments (任命 / 卸任) and 包联覆盖 by community or by grid.

export type CoverageBy = 'community' | 'grid';

export const gridKeys = {
  all: ['grids'] as const,
  overview: (id: number) => ['grids', 'overview', id] as const,
  roles: ['grids', 'roles'] as const,
};

export type GridRoleFilters = {
  placeId?: number;
  role?: GridRole;
  active?: 'true' | 'false' | 'all';
  page?: number;
  pageSize?: number;
};

/** One grid or compound at a glance: its people, buildings, key households and open needs. */
export const useGridOverview = (id: number) =>
  useQuery({
    queryKey: gridKeys.overview(id),
    queryFn: () => api.get<GridOverviewDto>(`/grids/${id}`),
    enabled: Number.isInteger(id) && id > 0,
  });

export const useGridRoles = (filters: GridRoleFilters, enabled = true) =>
  useQuery({
    queryKey: [...gridKeys.roles, filters],
    queryFn: () => api.get<Page<GridRoleDto>>('/grid-roles', filters),
    placeholderData: keepPreviousData,
    enabled,
  });

/** An appointment changes the role lists and every grid page above the place. */
function useGridMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => void client.invalidateQueries({ queryKey: gridKeys.all }) });
}

export const useAppointGridRole = () =>
  useGridMutation((input: Partial<GridRoleInput> & Pick<GridRoleInput, 'placeId' | 'role'>) => api.post<GridRoleDto>('/grid-roles', input));

export const useEndGridRole = () =>
  useGridMutation(({ id, reason }: { id: number; reason: string }) => api.post<GridRoleDto>(`/grid-roles/${id}/end`, { reason }));

/** 包联覆盖 per community, or per grid (with each community's households outside any grid as a row of its own). */
export const useCoverageBy = (placeId: number | undefined, by: CoverageBy) =>
  useQuery({
    // Under the pairing keys, so every pairing write refreshes it too.
    queryKey: ['pairings', 'coverage', placeId ?? null, by],
    queryFn: () => api.get<PairingCoverageRowDto[]>('/pairings/coverage', { placeId, by }),
    placeholderData: keepPreviousData,
  });

/** 包联覆盖 as .xlsx, by community or by grid. */
export const downloadCoverageBy = (placeId: number | undefined, by: CoverageBy) =>
  api.download('/pairings/coverage/export', { placeId, by }, by === 'grid' ? 'pairing-coverage-grids.xlsx' : 'pairing-coverage.xlsx');
