import { Card, Empty, Flex, Space, Table, type TableProps, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { GridOverviewDto } from '#contracts/grid.js';
import { ORDER_CATEGORIES, ORDER_STATUSES, type OrderCategory, type OrderStatus } from '#contracts/labels.js';
import { useT } from '../../i18n/I18nProvider.js';
import { CareTags, HouseholdLabelTag } from '../households/HouseholdTags.js';
import { OrderCategoryTag, OrderStatusTag } from '../orders/OrderTags.js';
import { inBuilding } from './gridRoles.js';

type Building = GridOverviewDto['buildings'][number];
type KeyHousehold = GridOverviewDto['keyHouseholds'][number];
type OpenOrder = GridOverviewDto['openOrders'][number];

const empty = (text: string) => ({ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} /> });
const danger = (n: number) => (n > 0 ? <Typography.Text type="danger">{n}</Typography.Text> : n);

/** 楼栋 with their households, key households, how many are paired and how many owe a visit; a row picks the key households below. */
export function BuildingsCard({
  buildings,
  selected,
  onSelect,
}: {
  buildings: Building[];
  selected: string | undefined;
  onSelect: (name: string | undefined) => void;
}) {
  const t = useT();
  const columns: TableProps<Building>['columns'] = [
    { title: t('grid.buildings.col.name'), dataIndex: 'name' },
    { title: t('grid.buildings.col.households'), dataIndex: 'households', align: 'right' },
    {
      title: t('grid.buildings.col.key'),
      dataIndex: 'key',
      align: 'right',
      render: (v: number, b) => (v > 0 ? <Typography.Link onClick={() => onSelect(b.name)}>{v}</Typography.Link> : v),
    },
    {
      title: t('grid.buildings.col.covered'),
      dataIndex: 'covered',
      align: 'right',
      render: (v: number, b) => (v < b.key ? <Typography.Text type="warning">{v}</Typography.Text> : v),
    },
    { title: t('grid.buildings.col.overdue'), dataIndex: 'overdue', align: 'right', render: danger },
  ];
  return (
    <Card size="small" title={t('grid.buildings.title')} data-testid="grid-buildings">
      <Table<Building>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={buildings}
        pagination={buildings.length > 20 ? { pageSize: 20, size: 'small' } : false}
        rowClassName={(b) => (b.name === selected ? 'ant-table-row-selected' : '')}
        locale={empty(t('grid.buildings.empty'))}
      />
    </Card>
  );
}

/** 重点户: overdue first, with who is paired and the last visit; optionally one building's. */
export function KeyHouseholdsCard({ rows, building, onClearBuilding }: { rows: KeyHousehold[]; building: string | undefined; onClearBuilding: () => void }) {
  const t = useT();
  const [page, setPage] = useState(1);
  const shown = (building ? rows.filter((r) => inBuilding(r.household.address, building)) : rows).slice().sort((a, b) => Number(b.overdue) - Number(a.overdue));
  const columns: TableProps<KeyHousehold>['columns'] = [
    { title: t('grid.key.col.address'), key: 'address', render: (_, r) => r.household.address },
    { title: t('grid.key.col.label'), key: 'label', width: 110, render: (_, r) => <HouseholdLabelTag value={r.household.label} /> },
    { title: t('grid.key.col.care'), key: 'care', render: (_, r) => <CareTags values={r.household.care} /> },
    {
      title: t('grid.key.col.members'),
      key: 'members',
      width: 150,
      render: (_, r) =>
        r.members.length ? (
          r.members.map((m) => m.name).join(t('common.listSeparator'))
        ) : (
          <Typography.Text type="danger">{t('grid.key.uncovered')}</Typography.Text>
        ),
    },
    { title: t('grid.key.col.lastVisit'), key: 'lastVisit', width: 120, render: (_, r) => r.lastVisit ?? '—' },
    {
      title: t('grid.key.col.state'),
      key: 'state',
      width: 90,
      render: (_, r) => (r.overdue ? <Tag color="error">{t('grid.key.overdue')}</Tag> : <Tag color="success">{t('grid.key.onTime')}</Tag>),
    },
  ];
  return (
    <Card
      size="small"
      title={t('grid.key.title')}
      data-testid="grid-key-households"
      extra={
        building && (
          <Tag closable onClose={onClearBuilding} data-testid="grid-key-building">
            {building}
          </Tag>
        )
      }
    >
      <Table<KeyHousehold>
        rowKey={(r) => r.household.id}
        size="small"
        columns={columns}
        dataSource={shown}
        scroll={{ x: 900 }}
        pagination={shown.length > 10 ? { current: page, pageSize: 10, size: 'small', onChange: setPage } : false}
        locale={empty(t('grid.key.empty'))}
      />
    </Card>
  );
}

/** 包联党员 with how many households each looks after here. */
export function PairedMembersCard({ members, linkMembers }: { members: GridOverviewDto['pairedMembers']; linkMembers: boolean }) {
  const t = useT();
  return (
    <Card size="small" title={t('grid.members.title')} data-testid="grid-paired-members">
      {members.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('grid.members.empty')} />
      ) : (
        <Flex vertical gap={6}>
          {members.map((m) => (
            <Flex key={m.id} justify="space-between" gap={8}>
              {linkMembers ? <Link to={`/members/${m.id}`}>{m.name}</Link> : <Typography.Text>{m.name}</Typography.Text>}
              <Typography.Text type="secondary">{t('grid.members.count', { count: m.households })}</Typography.Text>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}

const isCategory = (v: string): v is OrderCategory => (ORDER_CATEGORIES as readonly string[]).includes(v);
const isStatus = (v: string): v is OrderStatus => (ORDER_STATUSES as readonly string[]).includes(v);

/** 未办结需求: the service orders of households here still waiting or being served. */
export function OpenOrdersCard({ orders, linkOrders }: { orders: OpenOrder[]; linkOrders: boolean }) {
  const t = useT();
  return (
    <Card size="small" title={t('grid.orders.title')} data-testid="grid-open-orders">
      {orders.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('grid.orders.empty')} />
      ) : (
        <Flex vertical gap={10}>
          {orders.map((o) => (
            <Flex key={o.id} vertical gap={2}>
              <Space size={4} wrap>
                {linkOrders ? <Link to={`/orders/${o.id}`}>{t('grid.orders.id', { id: o.id })}</Link> : t('grid.orders.id', { id: o.id })}
                {isCategory(o.category) ? <OrderCategoryTag category={o.category} /> : <Tag>{o.category}</Tag>}
                {isStatus(o.status) ? <OrderStatusTag status={o.status} /> : <Tag>{o.status}</Tag>}
              </Space>
              <Typography.Text type="secondary" style={{ fontSize: '0.85em' }}>
                {o.address} · {dayjs(o.createdAt).format('YYYY-MM-DD HH:mm')}
              </Typography.Text>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
