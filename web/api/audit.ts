import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditDto, ListAuditQuery } from '#contracts/audit.js';
import type { Page } from '#contracts/common.js';
import { api } from './client.js';

export type AuditFilters = Partial<Omit<ListAuditQuery, 'actorId'>>;

export const useAudit = (filters: AuditFilters) =>
  useQuery({
    queryKey: ['audit', filters],
    queryFn: () => api.get<Page<AuditDto>>('/audit', filters),
    placeholderData: keepPreviousData,
  });
