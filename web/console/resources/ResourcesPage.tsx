import { Select, Tag } from 'antd';
import { RESOURCE_KIND_LABELS, RESOURCE_KINDS, type ResourceKind } from '#contracts/labels.js';
import { RESOURCE_OWNERS, type ResourceDto } from '#contracts/resources.js';
import { useResources } from '../../api/resources.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { ListPage } from '../shared/ListPage.js';
import { useListQuery } from '../shared/useListQuery.js';

type Owner = (typeof RESOURCE_OWNERS)[number];
type Filters = { q: string; kind?: ResourceKind; owner?: Owner; placeId?: number };

/** 资源清单: what confirmed units and approved members offer their communities. */
export function ResourcesPage() {
  const { t, label } = useI18n();
  const query = useListQuery<Filters>({ q: '' });
  const { filters, paging } = query;
  const list = useResources({ ...filters, page: paging.page, pageSize: paging.pageSize });

  return (
    <ListPage<ResourceDto>
      title={t('resources.title')}
      search={{ testId: 'resources-search', width: 280, placeholder: t('resources.search'), onSearch: query.setter('q') }}
      filters={
        <>
          <Select<ResourceKind>
            allowClear
            data-testid="resources-kind-filter"
            style={{ minWidth: 140 }}
            placeholder={t('resources.filter.kind')}
            value={filters.kind}
            onChange={query.setter('kind')}
            options={RESOURCE_KINDS.map((k) => ({ value: k, label: label(RESOURCE_KIND_LABELS[k]) }))}
          />
          <Select<Owner>
            allowClear
            data-testid="resources-owner-filter"
            style={{ minWidth: 120 }}
            placeholder={t('resources.filter.owner')}
            value={filters.owner}
            onChange={query.setter('owner')}
            options={RESOURCE_OWNERS.map((o) => ({ value: o, label: t(`resources.owner.${o}`) }))}
          />
          <PlacePicker style={{ width: 220 }} placeholder={t('resources.filter.place')} value={filters.placeId} onChange={query.setter('placeId')} />
        </>
      }
      list={list}
      paging={paging}
      filtered={query.filtered}
      emptyText={t('resources.empty')}
      table={{
        'data-testid': 'resources-table',
        scroll: { x: 960 },
        columns: [
          { key: 'kind', title: t('resources.col.kind'), width: 120, render: (_, r) => <Tag>{label(RESOURCE_KIND_LABELS[r.kind])}</Tag> },
          { key: 'description', title: t('resources.col.description'), dataIndex: 'description' },
          {
            key: 'owner',
            title: t('resources.col.owner'),
            render: (_, r) => (
              <>
                <Tag color={r.owner.kind === 'unit' ? 'geekblue' : 'volcano'}>{t(`resources.owner.${r.owner.kind}`)}</Tag>
                {r.owner.name}
              </>
            ),
          },
          { key: 'place', title: t('resources.col.place'), render: (_, r) => r.place.name },
          { key: 'source', title: t('resources.col.source'), render: (_, r) => t(`resources.source.${r.source}`) },
          { key: 'createdAt', title: t('resources.col.createdAt'), width: 150, render: (_, r) => formatTime(r.createdAt) },
        ],
      }}
    />
  );
}
