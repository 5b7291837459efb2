import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { DashboardDto, ReportDto, UnitDashboardDto } from '#contracts/dashboard.js';
import { api } from './client.js';

// 数据看板 and 月报/年报: one overview per county, street or community, and the period's report.

export type DashboardFilters = { placeId?: number; from?: string; to?: string };
export type ReportFilters = { placeId?: number; period: string };
/** 单位看板: a secretary's own unit (no organizationId), an admin's chosen one. */
export type UnitDashboardFilters = { organizationId?: number; year: number };
export type UnitDashboard = z.infer<typeof UnitDashboardDto>;

export const dashboardKeys = {
  all: ['dashboard'] as const,
  overview: (filters: DashboardFilters) => ['dashboard', 'overview', filters] as const,
  report: (filters: ReportFilters) => ['dashboard', 'report', filters] as const,
  unit: (filters: UnitDashboardFilters) => ['dashboard', 'unit', filters] as const,
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

/** A unit's overview for a year; waits while an admin has not chosen the unit. */
export const useUnitDashboard = (filters: UnitDashboardFilters, enabled = true) =>
  useQuery({
    queryKey: dashboardKeys.unit(filters),
    queryFn: () => api.get<UnitDashboard>('/dashboard/unit', filters),
    placeholderData: keepPreviousData,
    enabled,
  });

/** The places-below table as .xlsx, for the place and period shown. */
export const downloadChildren = (filters: DashboardFilters) => api.download('/dashboard/export', filters, 'dashboard-children.xlsx');
