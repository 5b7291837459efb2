import { Card, Empty, Flex, Input, Table, type TableProps, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import type { Page } from '#contracts/common.js';
import { useT } from '../../i18n/I18nProvider.js';
import type { TableSort } from './tableSort.js';
import type { usePaging } from './usePaging.js';

type SearchProps = {
  testId: string;
  placeholder: string;
  width: number;
  /** Called with the trimmed text on Enter or the search button. */
  onSearch: (q: string) => void;
};

type Props<T> = {
  title: string;
  /** Export, import, new: top right. */
  actions?: ReactNode;
  search?: SearchProps;
  /** The filters after the search box, in the same row. */
  filters?: ReactNode;
  /** Replaces the search-and-filters row when a page has its own. */
  toolbar?: ReactNode;
  list: { isFetching: boolean; isError: boolean; data?: Page<T> };
  paging: ReturnType<typeof usePaging>;
  sort?: Pick<TableSort, 'follow'>;
  /** Some filter is set: the empty table says "no match" instead of `emptyText`. */
  filtered?: boolean;
  emptyText: string;
  table: Pick<TableProps<T>, 'columns' | 'scroll'> & { 'data-testid': string };
  /** Drawers and dialogs the page opens. */
  children?: ReactNode;
};

/** A console list page: header with actions, search and filters, a server-paged table and its empty state. */
export function ListPage<T extends { id: number }>({
  title,
  actions,
  search,
  filters,
  toolbar,
  list,
  paging,
  sort,
  filtered,
  emptyText,
  table,
  children,
}: Props<T>) {
  const t = useT();
  const onChange: TableProps<T>['onChange'] = (pagination, _filters, sorter) => {
    sort?.follow(sorter);
    paging.follow(pagination);
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {actions}
      </Flex>
      <Card size="small">
        {toolbar ?? (
          <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
            {search && <SearchBox {...search} />}
            {filters}
          </Flex>
        )}
        <Table<T>
          {...table}
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          onChange={onChange}
          pagination={paging.pagination(list.data?.total)}
          locale={{ emptyText: <Empty description={list.isError ? t('common.loadFailed') : filtered ? t('common.empty') : emptyText} /> }}
        />
      </Card>
      {children}
    </Flex>
  );
}

/** Keeps what is typed apart from the searched text: the list reloads on Enter only. */
export function SearchBox({ testId, placeholder, width, onSearch, initial = '' }: SearchProps & { initial?: string }) {
  const [typed, setTyped] = useState(initial);
  return (
    <Input.Search
      data-testid={testId}
      allowClear
      style={{ width }}
      placeholder={placeholder}
      value={typed}
      onChange={(e) => setTyped(e.target.value)}
      onSearch={(value) => onSearch(value.trim())}
    />
  );
}
