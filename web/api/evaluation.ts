import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Page } from '#contracts/common.js';
import type {
  AppealDto,
  CampaignDto,
  EvaluationWeights,
  FeedbackCardDto,
  Grade,
  HonoursDto,
  MemberEvaluationDto,
  NoticeDto,
  QuarterlyRecordDto,
  UnitEvaluationDto,
  YearStatusDto,
} from '#contracts/evaluation.js';
import { ApiError, api } from './client.js';

// 双评价 — 年度评价 in the console: the year's status, run and lock, members' results with adjustments,
// appeals, honours, units, feedback cards, the residents' review campaign, quarterly records and notices.
// (The phone pages have their own hooks in evaluation-phone.ts.)

export type YearStatus = z.infer<typeof YearStatusDto>;
export type Honours = z.infer<typeof HonoursDto>;
export type UnitEvaluation = z.infer<typeof UnitEvaluationDto>;
export type Campaign = z.infer<typeof CampaignDto>;
export type QuarterlyRecord = z.infer<typeof QuarterlyRecordDto>;
export type Notice = z.infer<typeof NoticeDto>;
export type AppealStatus = AppealDto['status'];

export const evaluationKeys = {
  all: ['evaluation'] as const,
  year: (year: number) => ['evaluation', year] as const,
  status: (year: number) => ['evaluation', year, 'status'] as const,
  members: (year: number) => ['evaluation', year, 'members'] as const,
  appeals: (year: number) => ['evaluation', year, 'appeals'] as const,
  honours: (year: number) => ['evaluation', year, 'honours'] as const,
  units: (year: number) => ['evaluation', year, 'units'] as const,
  feedback: (year: number, organizationId: number | undefined) => ['evaluation', year, 'feedback', organizationId ?? 0] as const,
  campaign: (year: number) => ['evaluation', 'campaign', year] as const,
  quarterly: (organizationId: number, year: number, quarter: number) => ['evaluation', 'quarterly', organizationId, year, quarter] as const,
  notice: (placeId: number, period: string | undefined) => ['evaluation', 'notice', placeId, period ?? ''] as const,
};

export type MemberFilters = { placeId?: number; grade?: Grade; page: number; pageSize: number };
export type AppealFilters = { status?: AppealStatus; page: number; pageSize: number };

export const useYearStatus = (year: number) => useQuery({ queryKey: evaluationKeys.status(year), queryFn: () => api.get<YearStatus>(`/evaluations/${year}`) });

/** Everything of a year changes with a run, an adjustment, an answer or the lock. */
function useYearMutation<I, O>(year: number, fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => void client.invalidateQueries({ queryKey: evaluationKeys.year(year) }) });
}

export const useRunYear = (year: number) =>
  useYearMutation(year, (input: { weights: EvaluationWeights; appealDays: number }) => api.post<YearStatus>(`/evaluations/${year}/run`, input));

export const useLockYear = (year: number) => useYearMutation(year, () => api.post<YearStatus>(`/evaluations/${year}/lock`));

export const useSendFeedback = (year: number) => useYearMutation(year, () => api.post<{ units: number }>(`/evaluations/${year}/feedback/send`));

export const useMemberEvaluations = (year: number, filters: MemberFilters, enabled = true) =>
  useQuery({
    queryKey: [...evaluationKeys.members(year), filters],
    queryFn: () => api.get<Page<MemberEvaluationDto>>(`/evaluations/${year}/members`, filters),
    placeholderData: keepPreviousData,
    enabled,
  });

/** A community's members and its 优秀 among them: the two totals the cap needs. */
export const useCommunityExcellent = (year: number, communityId: number) =>
  useQuery({
    queryKey: [...evaluationKeys.members(year), 'cap', communityId],
    queryFn: async () => {
      const [all, excellent] = await Promise.all([
        api.get<Page<MemberEvaluationDto>>(`/evaluations/${year}/members`, { placeId: communityId, page: 1, pageSize: 1 }),
        api.get<Page<MemberEvaluationDto>>(`/evaluations/${year}/members`, { placeId: communityId, grade: 'excellent', page: 1, pageSize: 1 }),
      ]);
      return { members: all.total, excellent: excellent.total };
    },
  });

export const useAdjustGrade = (year: number) =>
  useYearMutation(year, ({ id, ...input }: { id: number; grade: Grade; reason: string }) =>
    api.post<MemberEvaluationDto>(`/evaluations/${year}/members/${id}/adjust`, input),
  );

export const useAppeals = (year: number, filters: AppealFilters) =>
  useQuery({
    queryKey: [...evaluationKeys.appeals(year), filters],
    queryFn: () => api.get<Page<AppealDto>>(`/evaluations/${year}/appeals`, filters),
    placeholderData: keepPreviousData,
  });

export const useAnswerAppeal = (year: number) =>
  useYearMutation(year, ({ id, ...input }: { id: number; upheld: boolean; answer: string; grade?: Grade }) =>
    api.post<AppealDto>(`/evaluations/${year}/appeals/${id}/answer`, input),
  );

export const useHonours = (year: number) =>
  useQuery({ queryKey: evaluationKeys.honours(year), queryFn: () => api.get<Honours>(`/evaluations/${year}/honours`) });

export const useUnitEvaluations = (year: number) =>
  useQuery({ queryKey: evaluationKeys.units(year), queryFn: () => api.get<UnitEvaluation[]>(`/evaluations/${year}/units`) });

/** A unit's cards: a secretary's own unit (no id), an admin's chosen one. */
export const useFeedbackCards = (year: number, organizationId: number | undefined, enabled = true) =>
  useQuery({
    queryKey: evaluationKeys.feedback(year, organizationId),
    queryFn: () => api.get<FeedbackCardDto[]>(`/evaluations/${year}/feedback`, { organizationId }),
    enabled,
  });

export const downloadFeedback = (year: number, organizationId: number | undefined) =>
  api.download(`/evaluations/${year}/feedback/export`, { organizationId }, `feedback-${year}.xlsx`);

/** The year's review campaign, or null when none was opened (the API answers 404). */
export const useCampaign = (year: number) =>
  useQuery({
    queryKey: evaluationKeys.campaign(year),
    queryFn: async () => {
      try {
        return await api.get<Campaign>(`/reviews/campaigns/${year}`);
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });

export const useOpenCampaign = (year: number) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { opensOn: string; closesOn: string }) => api.put<Campaign>(`/reviews/campaigns/${year}`, input),
    onSuccess: (campaign) => client.setQueryData(evaluationKeys.campaign(year), campaign),
  });
};

export const useQuarterly = (organizationId: number | undefined, year: number, quarter: number) =>
  useQuery({
    queryKey: evaluationKeys.quarterly(organizationId ?? 0, year, quarter),
    queryFn: () => api.get<QuarterlyRecord>(`/organizations/${organizationId ?? 0}/quarterly`, { year, quarter }),
    enabled: organizationId !== undefined,
  });

export const downloadQuarterly = (organizationId: number, year: number, quarter: number) =>
  api.download(`/organizations/${organizationId}/quarterly/export`, { year, quarter }, `quarterly-${organizationId}-${year}-Q${quarter}.xlsx`);

export const useNotice = (placeId: number | undefined, period: string | undefined) =>
  useQuery({
    queryKey: evaluationKeys.notice(placeId ?? 0, period),
    queryFn: () => api.get<Notice>(`/notices/${placeId ?? 0}`, { period }),
    enabled: placeId !== undefined,
    placeholderData: keepPreviousData,
  });

export const useHideComment = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.post<{ ok: true }>(`/notices/comments/${id}/hide`),
    onSettled: () => void client.invalidateQueries({ queryKey: ['evaluation', 'notice'] }),
  });
};
