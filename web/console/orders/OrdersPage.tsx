import { PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Rate, Select, Space, type TableProps, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ORDER_CATEGORIES, ORDER_CATEGORY_LABELS, ORDER_STATUS_LABELS, ORDER_STATUSES, type OrderCategory, type OrderStatus } from '#contracts/labels.js';
import type { OrderDto } from '#contracts/orders.js';
import { downloadOrders, handlerName, type OrderFilters, useOrders } from '../../api/orders.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { can } from '../capabilities.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { DownloadButton } from '../registrations/DownloadButton.js';
import { ListPage } from '../shared/ListPage.js';
import { useListQuery } from '../shared/useListQuery.js';
import { OrderFormModal } from './OrderFormModal.js';
import { OrderCategoryTag, OrderStatusTag, OverdueTag } from './OrderTags.js';

type Filters = Omit<OrderFilters, 'page' | 'pageSize'>;

const OVERDUE_CELL = { style: { background: '#fff1f0' } };

/** Overdue rows stand out: every cell of the row gets the warning background. */
const markOverdue = (columns: NonNullable<TableProps<OrderDto>['columns']>) =>
  columns.map((column) => ({ ...column, onCell: (r: OrderDto) => (r.overdue ? OVERDUE_CELL : {}) }));

/** 服务工单: the orders of the caller's places, filtered; grid workers and admins submit for a household (代点单). */
export function OrdersPage() {
  const { t, label } = useI18n();
  const { role } = useCurrentSession().account;
  // Opened from 数据看板 with `?status=|overdue=true&placeId=&placeName=`.
  const [params] = useSearchParams();
  const query = useListQuery<Filters>({
    status: ORDER_STATUSES.find((s) => s === params.get('status')),
    overdue: params.get('overdue') === 'true' ? 'true' : undefined,
    placeId: Number(params.get('placeId')) || undefined,
  });
  const { filters, paging } = query;
  const list = useOrders({ ...filters, page: paging.page, pageSize: paging.pageSize });
  const [creating, setCreating] = useState(false);

  const columns = markOverdue([
    {
      title: t('orders.col.id'),
      key: 'id',
      width: 80,
      fixed: 'left',
      render: (_, r) => (
        <Link to={`/orders/${r.id}`} data-testid={`order-link-${r.id}`}>
          #{r.id}
        </Link>
      ),
    },
    { title: t('orders.col.category'), key: 'category', width: 110, render: (_, r) => <OrderCategoryTag category={r.category} /> },
    {
      title: t('orders.col.description'),
      key: 'description',
      render: (_, r) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: r.description }} style={{ margin: 0 }}>
          {r.description}
        </Typography.Paragraph>
      ),
    },
    { title: t('orders.col.household'), key: 'household', render: (_, r) => r.household.address },
    { title: t('orders.col.community'), key: 'community', width: 120, render: (_, r) => r.community.name },
    {
      title: t('orders.col.status'),
      key: 'status',
      width: 150,
      render: (_, r) => (
        <Flex wrap gap={4}>
          <OrderStatusTag status={r.status} testId={`order-status-${r.id}`} />
          <OverdueTag overdue={r.overdue} />
        </Flex>
      ),
    },
    { title: t('orders.col.handler'), key: 'handler', width: 140, render: (_, r) => handlerName(r, t) || '—' },
    {
      title: t('orders.col.rating'),
      key: 'rating',
      width: 150,
      render: (_, r) =>
        r.rating ? <Rate disabled value={r.rating.score} style={{ fontSize: 14 }} aria-label={t('orders.stars', { score: r.rating.score })} /> : '—',
    },
    { title: t('orders.col.createdAt'), key: 'createdAt', width: 150, render: (_, r) => formatTime(r.createdAt) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 80,
      render: (_, r) => <Link to={`/orders/${r.id}`}>{t('orders.view')}</Link>,
    },
  ]);

  return (
    <ListPage<OrderDto>
      title={t('orders.title')}
      actions={
        <Space wrap>
          {/* 服务工单台账: the list as filtered. */}
          {can.dispatchOrders(role) && <DownloadButton download={() => downloadOrders(filters)} testId="orders-export" />}
          {can.submitOrders(role) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="order-new">
              {t('orders.new')}
            </Button>
          )}
        </Space>
      }
      search={{ testId: 'orders-search', placeholder: t('orders.search'), width: 220, onSearch: query.setter('q') }}
      filters={
        <>
          <Select<OrderStatus>
            allowClear
            data-testid="orders-status-filter"
            style={{ width: 140 }}
            placeholder={t('orders.filter.status')}
            value={filters.status}
            onChange={query.setter('status')}
            options={ORDER_STATUSES.map((s) => ({ value: s, label: label(ORDER_STATUS_LABELS[s]) }))}
          />
          <Select<OrderCategory>
            allowClear
            data-testid="orders-category-filter"
            style={{ width: 140 }}
            placeholder={t('orders.filter.category')}
            value={filters.category}
            onChange={query.setter('category')}
            options={ORDER_CATEGORIES.map((c) => ({ value: c, label: label(ORDER_CATEGORY_LABELS[c]) }))}
          />
          {role !== 'unitSecretary' && (
            <PlacePicker
              style={{ width: 220 }}
              placeholder={t('orders.filter.place')}
              accept={(hit) => hit.kind === 'street' || hit.kind === 'community'}
              value={filters.placeId}
              initialLabel={params.get('placeName') ?? undefined}
              onChange={query.setter('placeId')}
            />
          )}
          <Checkbox
            data-testid="orders-overdue-filter"
            checked={filters.overdue === 'true'}
            onChange={(e) => query.setter('overdue')(e.target.checked ? 'true' : undefined)}
          >
            {t('orders.filter.overdue')}
          </Checkbox>
          {can.dispatchOrders(role) && (
            <Checkbox
              data-testid="orders-flagged-filter"
              checked={filters.flagged === 'true'}
              onChange={(e) => query.setter('flagged')(e.target.checked ? 'true' : undefined)}
            >
              {t('summary.filter.flagged')}
            </Checkbox>
          )}
        </>
      }
      list={list}
      paging={paging}
      filtered={query.filtered}
      emptyText={t('orders.empty')}
      table={{ columns, scroll: { x: 1300 }, 'data-testid': 'orders-table' }}
    >
      {creating && <OrderFormModal onClose={() => setCreating(false)} />}
    </ListPage>
  );
}
