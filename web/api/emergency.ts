import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Answer, EmergencyDto, MyCallDto, RollCallDto } from '#contracts/emergency.js';
import { api } from './client.js';

// 应急动员 (一键切换): places switched into emergency mode, the live roll call by grid, tasks, the log and the
// closing summary; on the phone the member's calls and their answer.

export type Emergency = EmergencyDto;
export type RollCall = z.infer<typeof RollCallDto>;
export type RollCallMember = RollCall['members'][number];
export type RollCallGrid = RollCall['grids'][number];
export type MyCall = z.infer<typeof MyCallDto>;
export type { Answer };
export type EmergencyActive = 'true' | 'false' | 'all';

/** The command view refreshes this often while the emergency lasts. */
export const LIVE_REFRESH_MS = 5_000;
/** The member's phone looks for a new task this often. */
export const PHONE_REFRESH_MS = 10_000;

export const emergencyKeys = {
  all: ['emergencies'] as const,
  list: (active: EmergencyActive) => ['emergencies', 'list', active] as const,
  detail: (id: number) => ['emergencies', 'detail', id] as const,
  rollCall: (id: number) => ['emergencies', 'roll-call', id] as const,
  mine: ['emergencies', 'mine'] as const,
};

const validId = (id: number) => Number.isInteger(id) && id > 0;

export const useEmergencies = (active: EmergencyActive = 'all') =>
  useQuery({ queryKey: emergencyKeys.list(active), queryFn: () => api.get<Emergency[]>('/emergencies', { active }) });

/** One emergency: refreshed every few seconds until it is switched back. */
export const useEmergency = (id: number) =>
  useQuery({
    queryKey: emergencyKeys.detail(id),
    queryFn: () => api.get<Emergency>(`/emergencies/${id}`),
    enabled: validId(id),
    refetchInterval: (query) => (query.state.data && query.state.data.endedAt === null ? LIVE_REFRESH_MS : false),
  });

/** 点名: refreshed with the emergency while it is live. */
export const useRollCall = (id: number, live: boolean) =>
  useQuery({
    queryKey: emergencyKeys.rollCall(id),
    queryFn: () => api.get<RollCall>(`/emergencies/${id}/roll-call`),
    enabled: validId(id),
    refetchInterval: live ? LIVE_REFRESH_MS : false,
  });

function useEmergencyMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => client.invalidateQueries({ queryKey: emergencyKeys.all }) });
}

export const useStartEmergency = () => useEmergencyMutation((input: { placeIds: number[]; reason: string }) => api.post<Emergency>('/emergencies', input));

export const useAssignTask = (id: number) =>
  useEmergencyMutation((input: { memberIds: number[]; task: string }) => api.post<RollCall>(`/emergencies/${id}/assign`, input));

export const useAddLog = (id: number) => useEmergencyMutation((text: string) => api.post<RollCall>(`/emergencies/${id}/log`, { text }));

export const useEndEmergency = (id: number) => useEmergencyMutation((summary: string) => api.post<Emergency>(`/emergencies/${id}/end`, { summary }));

/** The live emergencies calling the member: the 我的 banner and the answer page. */
export const useMyCalls = (enabled = true, refetchInterval: number | false = false) =>
  useQuery({ queryKey: emergencyKeys.mine, queryFn: () => api.get<MyCall[]>('/emergencies/mine'), enabled, refetchInterval });

export const useAnswerCall = (id: number) =>
  useEmergencyMutation((input: { answer: Answer; note: string }) => api.post<MyCall[]>(`/emergencies/${id}/answer`, input));
