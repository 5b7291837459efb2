import type { TablePaginationConfig } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/I18nProvider.js';

/** Page and page size of a server-paged table; a changed filter goes back to page 1 with `restart`. */
export function usePaging(initialSize = 20) {
  const t = useT();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(initialSize);
  return {
    page,
    pageSize,
    restart: () => setPage(1),
    /** From the table's onChange. */
    follow: (pagination: TablePaginationConfig) => {
      setPage(pagination.current ?? 1);
      setPageSize(pagination.pageSize ?? initialSize);
    },
    pagination: (total: number | undefined): TablePaginationConfig => ({
      current: page,
      pageSize,
      total: total ?? 0,
      showSizeChanger: true,
      showTotal: (count) => t('common.total', { total: count }),
    }),
  };
}
