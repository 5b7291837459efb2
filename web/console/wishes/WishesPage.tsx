import { PlusOutlined, QrcodeOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Select, Space, type TableProps, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { WISH_STATUS_LABELS, WISH_STATUSES, type WishStatus } from '#contracts/labels.js';
import type { WishDto } from '#contracts/wishes.js';
import { downloadWishes, useWishes, type WishFilters } from '../../api/wishes.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { can } from '../capabilities.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { DownloadButton } from '../registrations/DownloadButton.js';
import { ListPage } from '../shared/ListPage.js';
import { useListQuery } from '../shared/useListQuery.js';
import { WishActions } from './WishActions.js';
import { WishFormModal } from './WishFormModal.js';
import { WishPhotos } from './WishPhotos.js';
import { WishStatusTag } from './WishStatusTag.js';

type Filters = Omit<WishFilters, 'page' | 'pageSize'>;

export const wallPath = (communityId: number) => `/m/wall/${communityId}`;

/** 微心愿: the wishes of the caller's places; grid workers and admins post for a household and thank; units claim and fulfil. */
export function WishesPage() {
  const { t, label } = useI18n();
  const { account } = useCurrentSession();
  const { role } = account;
  // Opened from 数据看板 with `?status=&placeId=&placeName=`.
  const [params] = useSearchParams();
  const query = useListQuery<Filters>({ status: WISH_STATUSES.find((s) => s === params.get('status')), placeId: Number(params.get('placeId')) || undefined });
  const { filters, paging } = query;
  const list = useWishes({ ...filters, page: paging.page, pageSize: paging.pageSize });
  const claimer = can.claimWishes(role);
  // The session does not name the secretary's unit: the unit's own claims tell which wishes it may fulfil.
  const claimed = useWishes({ mine: 'true', status: 'claimed', page: 1, pageSize: 200 }, claimer);
  const mine = new Set((claimed.data?.items ?? []).map((w) => w.id));
  const [creating, setCreating] = useState(false);

  const columns: TableProps<WishDto>['columns'] = [
    {
      title: t('wishes.col.title'),
      key: 'title',
      render: (_, r) => (
        <Flex vertical gap={2}>
          <Typography.Text strong data-testid={`wish-title-${r.id}`}>
            {r.title}
          </Typography.Text>
          {r.description && (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, tooltip: r.description }} style={{ margin: 0 }}>
              {r.description}
            </Typography.Paragraph>
          )}
        </Flex>
      ),
    },
    {
      title: t('wishes.col.where'),
      key: 'where',
      width: 180,
      render: (_, r) => (
        <Flex vertical gap={2}>
          <Space size={4}>
            {r.community.name}
            <Typography.Link href={wallPath(r.community.id)} target="_blank" rel="noopener" title={t('wishes.wall.open')}>
              <QrcodeOutlined />
            </Typography.Link>
          </Space>
          {r.area && <Typography.Text type="secondary">{r.area}</Typography.Text>}
        </Flex>
      ),
    },
    { title: t('wishes.col.status'), key: 'status', width: 100, render: (_, r) => <WishStatusTag status={r.status} testId={`wish-status-${r.id}`} /> },
    {
      title: t('wishes.col.claimer'),
      key: 'claimer',
      width: 160,
      render: (_, r) => (r.claimer ? (r.claimer.kind === 'unit' ? t('wishes.claimer.unit', { name: r.claimer.name }) : r.claimer.name) : '—'),
    },
    {
      title: t('wishes.col.fulfilment'),
      key: 'fulfilment',
      width: 200,
      render: (_, r) =>
        r.fulfilledAt ? (
          <Flex vertical gap={4}>
            <WishPhotos wishId={r.id} photos={r.photos} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatTime(r.fulfilledAt)}
            </Typography.Text>
          </Flex>
        ) : (
          '—'
        ),
    },
    {
      title: t('wishes.col.thanks'),
      key: 'thanks',
      width: 180,
      render: (_, r) =>
        r.thanks ? (
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: r.thanks }} style={{ margin: 0 }} data-testid={`wish-thanks-${r.id}`}>
            {r.thanks}
          </Typography.Paragraph>
        ) : (
          '—'
        ),
    },
    { title: t('wishes.col.createdAt'), key: 'createdAt', width: 150, render: (_, r) => formatTime(r.createdAt) },
    { title: t('common.actions'), key: 'actions', width: 140, fixed: 'right', render: (_, r) => <WishActions wish={r} mine={mine.has(r.id)} /> },
  ];

  return (
    <ListPage<WishDto>
      title={t('wishes.title')}
      actions={
        <Space wrap>
          <DownloadButton download={() => downloadWishes(filters)} testId="wishes-export" />
          {account.place.kind === 'community' && (
            <Button icon={<QrcodeOutlined />} href={wallPath(account.place.id)} target="_blank" data-testid="wishes-wall-link">
              {t('wishes.wall')}
            </Button>
          )}
          {can.submitOrders(role) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="wish-new">
              {t('wishes.new')}
            </Button>
          )}
        </Space>
      }
      filters={
        <>
          <Select<WishStatus>
            allowClear
            data-testid="wishes-status-filter"
            style={{ width: 140 }}
            placeholder={t('wishes.filter.status')}
            value={filters.status}
            onChange={query.setter('status')}
            options={WISH_STATUSES.map((s) => ({ value: s, label: label(WISH_STATUS_LABELS[s]) }))}
          />
          {!claimer && (
            <PlacePicker
              style={{ width: 220 }}
              placeholder={t('wishes.filter.place')}
              accept={(hit) => hit.kind === 'street' || hit.kind === 'community'}
              value={filters.placeId}
              initialLabel={params.get('placeName') ?? undefined}
              onChange={query.setter('placeId')}
            />
          )}
          {claimer && (
            <Checkbox
              data-testid="wishes-mine-filter"
              checked={filters.mine === 'true'}
              onChange={(e) => query.setter('mine')(e.target.checked ? 'true' : undefined)}
            >
              {t('wishes.filter.mine')}
            </Checkbox>
          )}
        </>
      }
      list={list}
      paging={paging}
      filtered={query.filtered}
      emptyText={t('wishes.empty')}
      table={{ columns, scroll: { x: 1300 }, 'data-testid': 'wishes-table' }}
    >
      {creating && <WishFormModal onClose={() => setCreating(false)} />}
    </ListPage>
  );
}
