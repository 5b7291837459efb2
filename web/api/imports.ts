import { useMutation, useQuery } from '@tanstack/react-query';
import type { ImportJobDto } from '#contracts/imports.js';
import type { ImportKind } from '#contracts/labels.js';
import { api, type Query } from './client.js';

/** How often a running import is asked for its progress. */
export const POLL_MS = 500;

export const useStartImport = () =>
  useMutation({ mutationFn: ({ kind, file }: { kind: ImportKind; file: File }) => api.upload<ImportJobDto>(`/imports/${kind}`, file) });

/** The job, asked again every half second while it runs. */
export const useImportJob = (id: number | null) =>
  useQuery({
    queryKey: ['imports', 'job', id ?? 0],
    queryFn: () => api.get<ImportJobDto>(`/imports/jobs/${id ?? 0}`),
    enabled: id !== null,
    staleTime: 0,
    refetchInterval: (query) => {
      if (query.state.status === 'error') return false;
      return query.state.data === undefined || query.state.data.status === 'running' ? POLL_MS : false;
    },
  });

export const templateUrl = (kind: ImportKind) => `/api/imports/${kind}/template`;

export const downloadTemplate = (kind: ImportKind) => api.download(`/imports/${kind}/template`, {}, `${kind}-template.xlsx`);

export const downloadProblems = (jobId: number) => api.download(`/imports/jobs/${jobId}/problems.xlsx`, {}, `import-${jobId}-problems.xlsx`);

/** The lists with an .xlsx export: the four ledgers, the accounts and the audit log. */
export type ExportList = ImportKind | 'accounts' | 'audit';

/** The list as filtered, without paging: `/organizations/export?…`. */
export function downloadExport(list: ExportList, filters: Query) {
  const { page: _page, pageSize: _pageSize, ...rest } = filters;
  return api.download(`/${list}/export`, rest, `${list}.xlsx`);
}
