import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Page } from '#contracts/common.js';
import type { PlaceKind } from '#contracts/labels.js';
import type { CreatePlaceInput, MovePlaceInput, PlaceDetailDto, PlaceDto, PlaceEventDto, PlaceSearchHitDto, RenamePlaceInput } from '#contracts/places.js';
import { api } from './client.js';

const retiredFlag = (includeRetired: boolean) => (includeRetired ? 'true' : 'false');

/** Without a parent: the caller's scope root, as a one-item list. */
export const listPlaces = (parentId: number | null, includeRetired: boolean) =>
  api.get<PlaceDto[]>('/places', { parentId, includeRetired: retiredFlag(includeRetired) });

export type PlaceSearch = { q: string; kind?: PlaceKind; page?: number; pageSize?: number; includeRetired?: boolean };

export const searchPlaces = ({ q, kind, page = 1, pageSize = 20, includeRetired = false }: PlaceSearch) =>
  api.get<Page<PlaceSearchHitDto>>('/places/search', { q, kind, page, pageSize, includeRetired: retiredFlag(includeRetired) });

export const placeKeys = {
  all: ['places'] as const,
  detail: (id: number) => ['places', 'detail', id] as const,
  history: (id: number) => ['places', 'history', id] as const,
  search: (search: PlaceSearch) => ['places', 'search', search] as const,
};

export const getPlace = (id: number) => api.get<PlaceDetailDto>(`/places/${id}`);

export const usePlace = (id: number | null) =>
  useQuery({
    queryKey: placeKeys.detail(id ?? 0),
    queryFn: () => getPlace(id ?? 0),
    enabled: id !== null,
  });

export const usePlaceHistory = (id: number) => useQuery({ queryKey: placeKeys.history(id), queryFn: () => api.get<PlaceEventDto[]>(`/places/${id}/history`) });

export const usePlaceSearch = (search: PlaceSearch, enabled = true) =>
  useQuery({
    queryKey: placeKeys.search(search),
    queryFn: () => searchPlaces(search),
    enabled: enabled && (search.q.trim() !== '' || search.kind !== undefined),
    placeholderData: keepPreviousData,
  });

/** Every place change invalidates the place queries; the tree reloads its branches itself. */
function usePlaceMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => client.invalidateQueries({ queryKey: placeKeys.all }) });
}

export const useCreatePlace = () => usePlaceMutation((input: CreatePlaceInput) => api.post<PlaceDto>('/places', input));

export const useRenamePlace = () => usePlaceMutation(({ id, ...input }: RenamePlaceInput & { id: number }) => api.patch<PlaceDto>(`/places/${id}`, input));

export const useMovePlace = () => usePlaceMutation(({ id, ...input }: MovePlaceInput & { id: number }) => api.post<PlaceDto>(`/places/${id}/move`, input));

export const useRetirePlace = () =>
  usePlaceMutation(({ id, reason }: { id: number; reason: string }) => api.post<PlaceDto>(`/places/${id}/retire`, { reason }));

export const useRestorePlace = () => usePlaceMutation((id: number) => api.post<PlaceDto>(`/places/${id}/restore`));
