import { Table, Typography } from 'antd';
import type { PlaceKind } from '#contracts/labels.js';
import type { PlaceSearchHitDto } from '#contracts/places.js';
import { usePlaceSearch } from '../../api/places.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { PlaceTitle } from './PlaceTreeView.js';

type Props = {
  q: string;
  kind: PlaceKind | undefined;
  showRetired: boolean;
  page: number;
  onPage: (page: number) => void;
  selectedId: number | null;
  onPick: (hit: PlaceSearchHitDto) => void;
};

const PAGE_SIZE = 10;

/** Search hits by name, code or pinyin initials, each with its path from the caller's root. */
export function PlaceSearchResults({ q, kind, showRetired, page, onPage, selectedId, onPick }: Props) {
  const { t } = useI18n();
  const search = usePlaceSearch({ q, kind, page, pageSize: PAGE_SIZE, includeRetired: showRetired });

  return (
    <Table<PlaceSearchHitDto>
      data-testid="place-search-results"
      size="small"
      rowKey="id"
      loading={search.isFetching}
      dataSource={search.data?.items ?? []}
      locale={{ emptyText: search.isError ? t('common.loadFailed') : t('places.search.none') }}
      rowClassName={(hit) => (hit.id === selectedId ? 'ant-table-row-selected' : '')}
      onRow={(hit) => ({ onClick: () => onPick(hit), style: { cursor: 'pointer' } })}
      pagination={{
        current: page,
        pageSize: PAGE_SIZE,
        total: search.data?.total ?? 0,
        onChange: onPage,
        size: 'small',
        showSizeChanger: false,
        showTotal: (total) => t('common.total', { total }),
      }}
      columns={[
        {
          key: 'place',
          title: t('places.search.results'),
          render: (_, hit) => (
            <div>
              <PlaceTitle place={hit} />
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: '0.85em' }}>
                {hit.pathNames.join(' / ')}
              </Typography.Text>
            </div>
          ),
        },
        { key: 'code', title: t('places.field.code'), dataIndex: 'code', width: 140 },
      ]}
    />
  );
}
