import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DashboardDto, ReportDto } from '#contracts/dashboard.js';
import { api } from './client.js';

// 数据看板 and 月报/年报: one overview per county, street or community, and the period's report.

export type DashboardFilters = { placeId?: number; from?: string; to?: string };
export type ReportFilters = { placeId?: number; period: string };

export const dashboardKeys = {
  all: ['dashboard'] as const,
  overview: (filters: DashboardFilters) => ['dashboard', 'overview', filters] as const,
  report: (filters: ReportFilters) => ['dashboard', 'report', filters] as const,
};

/** The overview; `refetchInterval` (ms) keeps the wall current, also while its tab is in the background. */
export const useDashboard = (filters: DashboardFilters, options: { enabled?: boolean; refetchInterval?: number } = {}) =>
  useQuery({
    queryKey: dashboardKeys.overview(filters),
    queryFn: () => api.get<DashboardDto>('/dashboard', filters),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
    ...(options.refetchInterval ? { refetchInterval: options.refetchInterval, refetchIntervalInBackground: true } : {}),
  });

export const useReport = (filters: ReportFilters) =>
  useQuery({ queryKey: dashboardKeys.report(filters), queryFn: () => api.get<ReportDto>('/reports', filters), placeholderData: keepPreviousData });

/** The report as .xlsx, built by the server. */
export const downloadReport = (filters: ReportFilters) => api.download('/reports/export', filters, `report-${filters.period}.xlsx`);
