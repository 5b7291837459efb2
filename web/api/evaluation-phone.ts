import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AppealDto,
  ConsentInput,
  FeedbackCardDto,
  MemberEvaluationDto,
  NOTICE_CONSENTS,
  NoticeDto,
  ReviewInput,
  ReviewTargetDto,
} from '#contracts/evaluation.js';
import { ApiError, api } from './client.js';

// 双评价 on the phone: a member's 年度评价, 申诉, 反馈卡 and 公示署名; a resident's 群众评议; everyone's 公示.

export type ReviewTarget = z.infer<typeof ReviewTargetDto>;
export type ReviewRequest = z.input<typeof ReviewInput>;
export type Notice = z.infer<typeof NoticeDto>;
export type NoticeConsent = (typeof NOTICE_CONSENTS)[number];
type Consent = z.infer<typeof ConsentInput>;

export const evalPhoneKeys = {
  all: ['evaluation-phone'] as const,
  mine: (year: number) => ['evaluation-phone', 'mine', year] as const,
  card: (year: number, memberId: number) => ['evaluation-phone', 'card', year, memberId] as const,
  targets: ['evaluation-phone', 'review-targets'] as const,
  notice: (placeId: number, period: string) => ['evaluation-phone', 'notice', placeId, period] as const,
  consent: ['evaluation-phone', 'consent'] as const,
};

/** A 404 answers "not there yet" (the year not run, no card): the query holds null instead of failing. */
async function orNull<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

// 我的年度评价 (members)

/** The member's own result of a year; null before the org department has run it. */
export const useMyEvaluation = (year: number, enabled = true) =>
  useQuery({
    queryKey: evalPhoneKeys.mine(year),
    queryFn: () => orNull(api.get<MemberEvaluationDto>(`/evaluations/${year}/me`)),
    enabled,
  });

/** 申诉: the result's page reloads with the appeal in it. */
export function useAppeal(year: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => api.post<AppealDto>(`/evaluations/${year}/appeal`, { reason }),
    onSettled: () => client.invalidateQueries({ queryKey: evalPhoneKeys.mine(year) }),
  });
}

/** The member's own 反馈卡 of a year; null while there is none. */
export const useMyFeedbackCard = (year: number, memberId: number | null, enabled = true) =>
  useQuery({
    queryKey: evalPhoneKeys.card(year, memberId ?? 0),
    queryFn: () => orNull(api.get<FeedbackCardDto>(`/evaluations/${year}/feedback/${memberId}`)),
    enabled: enabled && memberId !== null && memberId > 0,
  });

// 公示署名 (members)

export const useNoticeConsent = (enabled = true) =>
  useQuery({ queryKey: evalPhoneKeys.consent, queryFn: () => api.get<Consent>('/notices/consent'), enabled, staleTime: 60_000 });

/** Saves how the member's name appears on notices; the boards are read again with the new name. */
export function useSetNoticeConsent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (noticeConsent: NoticeConsent) => api.put<Consent>('/notices/consent', { noticeConsent }),
    onSuccess: (saved) => {
      client.setQueryData(evalPhoneKeys.consent, saved);
      void client.invalidateQueries({ queryKey: [...evalPhoneKeys.all, 'notice'] });
    },
  });
}

// 群众评议 (residents)

/** Whom the resident may review this year, each with why and the review already given. */
export const useReviewTargets = (enabled = true) =>
  useQuery({ queryKey: evalPhoneKeys.targets, queryFn: () => api.get<ReviewTarget[]>('/reviews/targets'), enabled });

/** Gives (or replaces) a review; the answer is the whole list again. */
export function useReview() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ReviewRequest) => api.post<ReviewTarget[]>('/reviews', input),
    onSuccess: (targets) => client.setQueryData(evalPhoneKeys.targets, targets),
  });
}

// 公示 (everyone signed in)

/** A community's or compound's board of one quarter (`YYYY-Qn`). */
export const useNotice = (placeId: number | null, period: string) =>
  useQuery({
    queryKey: evalPhoneKeys.notice(placeId ?? 0, period),
    queryFn: () => api.get<Notice>(`/notices/${placeId}`, { period }),
    enabled: placeId !== null && placeId > 0,
  });

/** 留言: the answer is the board again, with the new remark in it. */
export function useNoticeComment(placeId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { period: string; text: string }) => api.post<Notice>(`/notices/${placeId}/comments`, input),
    onSuccess: (board) => client.setQueryData(evalPhoneKeys.notice(placeId, board.period), board),
  });
}
