import { Card, Empty, Rate, Table, type TableProps, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { OrderDto } from '#contracts/orders.js';
import { useOrders } from '../../api/orders.js';
import { useT } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { usePaging } from '../shared/usePaging.js';
import { RatingReview } from './RatingReview.js';

/** 存疑评价: ratings held back (e.g. a member rating their own household's order) until the community decides. */
export function FlaggedRatings({ placeId }: { placeId?: number }) {
  const t = useT();
  const paging = usePaging(10);
  const list = useOrders({ flagged: 'true', placeId, page: paging.page, pageSize: paging.pageSize });

  const columns: TableProps<OrderDto>['columns'] = [
    { title: t('orders.col.id'), key: 'id', width: 80, render: (_, r) => <Link to={`/orders/${r.id}`}>#{r.id}</Link> },
    {
      title: t('orders.col.description'),
      key: 'description',
      render: (_, r) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: r.description }} style={{ margin: 0 }}>
          {r.description}
        </Typography.Paragraph>
      ),
    },
    { title: t('orders.field.doer'), key: 'doer', width: 110, render: (_, r) => r.doer?.name ?? '—' },
    {
      title: t('orders.col.rating'),
      key: 'rating',
      width: 220,
      render: (_, r) =>
        r.rating && (
          <>
            <Rate disabled value={r.rating.score} style={{ fontSize: 14 }} aria-label={t('orders.stars', { score: r.rating.score })} />
            {r.rating.comment && <div>{r.rating.comment}</div>}
          </>
        ),
    },
    { title: t('orders.col.createdAt'), key: 'createdAt', width: 150, render: (_, r) => formatTime(r.createdAt) },
    { title: t('common.actions'), key: 'actions', width: 160, render: (_, r) => <RatingReview orderId={r.id} /> },
  ];

  return (
    <Card size="small" title={t('summary.flagged.title')} extra={<Typography.Text type="secondary">{t('summary.flagged.hint')}</Typography.Text>}>
      <Table<OrderDto>
        data-testid="flagged-table"
        rowKey="id"
        size="middle"
        columns={columns}
        scroll={{ x: 900 }}
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        onChange={(pagination) => paging.follow(pagination)}
        pagination={paging.pagination(list.data?.total)}
        locale={{ emptyText: <Empty description={list.isError ? t('common.loadFailed') : t('summary.flagged.empty')} /> }}
      />
    </Card>
  );
}
