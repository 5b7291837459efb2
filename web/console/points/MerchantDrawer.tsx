import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Descriptions, Drawer, Empty, Flex, Row, Statistic, Table, Tabs, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { type ItemDto, MERCHANT_KIND_LABELS, type MerchantDto, type RedemptionDto } from '#contracts/points.js';
import { downloadStatement, useMerchantItems, useRedemptions, useStatement } from '../../api/points-console.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { DownloadButton } from '../registrations/DownloadButton.js';
import { ItemFormModal } from './ItemFormModal.js';
import { beijingToday, monthOf } from './pointsFormat.js';

/** A merchant's page: its catalogue, and the month's statement with its redemptions. */
export function MerchantDrawer({ merchant, accountName, onClose }: { merchant: MerchantDto; accountName: string | null; onClose: () => void }) {
  const { t, label } = useI18n();
  return (
    <Drawer open size={820} title={merchant.name} onClose={onClose} data-testid="merchant-drawer">
      <Flex vertical gap={16}>
        <Descriptions
          size="small"
          bordered
          column={2}
          items={[
            { key: 'kind', label: t('points.merchant.kind'), children: label(MERCHANT_KIND_LABELS[merchant.kind]) },
            { key: 'place', label: t('points.merchant.place'), children: merchant.place.name },
            { key: 'address', label: t('points.merchant.address'), children: merchant.address || '—' },
            { key: 'account', label: t('points.merchant.account'), children: accountName ?? t('points.merchant.accountNone') },
            { key: 'balance', label: t('points.merchant.balance'), children: t('points.value', { points: merchant.balance }) },
          ]}
        />
        <Tabs
          items={[
            { key: 'items', label: t('points.merchant.tab.items'), children: <Catalogue merchantId={merchant.id} /> },
            { key: 'statement', label: t('points.merchant.tab.statement'), children: <MonthPanel merchantId={merchant.id} /> },
          ]}
        />
      </Flex>
    </Drawer>
  );
}

function Catalogue({ merchantId }: { merchantId: number }) {
  const { t } = useI18n();
  const items = useMerchantItems(merchantId);
  const [editing, setEditing] = useState<ItemDto | 'new' | null>(null);
  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary">{t('points.item.intro')}</Typography.Text>
        <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="item-add">
          {t('points.item.add')}
        </Button>
      </Flex>
      <Table<ItemDto>
        data-testid="items-table"
        rowKey="id"
        size="small"
        pagination={false}
        loading={items.isFetching}
        dataSource={items.data ?? []}
        onRow={(r) => ({ 'data-testid': `item-row-${r.id}` }) as React.HTMLAttributes<HTMLElement>}
        locale={{ emptyText: <Empty description={items.isError ? t('common.loadFailed') : t('points.item.empty')} /> }}
        columns={[
          { title: t('points.item.name'), dataIndex: 'name' },
          { title: t('points.item.points'), dataIndex: 'points', width: 90, align: 'right' },
          {
            title: t('points.item.stock'),
            dataIndex: 'stock',
            width: 90,
            align: 'right',
            render: (stock: number) => (stock === 0 ? <Typography.Text type="danger">{t('points.item.soldOut')}</Typography.Text> : stock),
          },
          {
            title: t('points.item.active'),
            key: 'active',
            width: 90,
            render: (_, r) => (r.active ? <Tag color="green">{t('points.item.onSale')}</Tag> : <Tag>{t('points.item.offSale')}</Tag>),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 80,
            render: (_, r) => (
              <Button size="small" onClick={() => setEditing(r)} data-testid={`item-edit-${r.id}`}>
                {t('points.edit')}
              </Button>
            ),
          },
        ]}
      />
      {editing && <ItemFormModal merchantId={merchantId} item={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Flex>
  );
}

const REDEMPTIONS_PAGE = 10;

/** 月度结算: the month's figures and items, the .xlsx statement, and the month's redemptions. */
function MonthPanel({ merchantId }: { merchantId: number }) {
  const { t } = useI18n();
  const thisMonth = monthOf(beijingToday());
  const [month, setMonth] = useState(thisMonth);
  const [page, setPage] = useState(1);
  const statement = useStatement(merchantId, month);
  const redemptions = useRedemptions({ merchantId, month, page, pageSize: REDEMPTIONS_PAGE });
  const s = statement.data;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <DatePicker
          picker="month"
          allowClear={false}
          value={dayjs(`${month}-01`)}
          disabledDate={(d) => d.format('YYYY-MM') > thisMonth}
          onChange={(d) => {
            if (!d) return;
            setMonth(d.format('YYYY-MM'));
            setPage(1);
          }}
          data-testid="statement-month"
        />
        <DownloadButton download={() => downloadStatement(merchantId, month)} testId="statement-export" />
      </Flex>
      {statement.isError ? (
        <Alert type="warning" showIcon title={t('common.loadFailed')} />
      ) : (
        <Card size="small" loading={statement.isPending} data-testid="statement-figures">
          <Row gutter={16}>
            <Col span={8}>
              <Statistic title={t('points.statement.redemptions')} value={s?.redemptions ?? 0} />
            </Col>
            <Col span={8}>
              <Statistic title={t('points.statement.reversed')} value={s?.reversed ?? 0} />
            </Col>
            <Col span={8}>
              <Statistic title={t('points.statement.points')} value={s?.points ?? 0} suffix={t('points.unit')} />
            </Col>
          </Row>
        </Card>
      )}
      <Table
        data-testid="statement-items"
        size="small"
        rowKey="name"
        pagination={false}
        dataSource={s?.byItem ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('points.statement.empty')} /> }}
        columns={[
          { title: t('points.item.name'), dataIndex: 'name' },
          { title: t('points.statement.qty'), dataIndex: 'qty', width: 100, align: 'right' },
          { title: t('points.statement.itemPoints'), dataIndex: 'points', width: 120, align: 'right' },
        ]}
      />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('points.redemptions.title')}
      </Typography.Title>
      <Table<RedemptionDto>
        data-testid="redemptions-table"
        size="small"
        rowKey="id"
        loading={redemptions.isFetching}
        dataSource={redemptions.data?.items ?? []}
        onChange={(p) => setPage(p.current ?? 1)}
        pagination={{ current: page, pageSize: REDEMPTIONS_PAGE, total: redemptions.data?.total ?? 0, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('points.redemptions.empty')} /> }}
        columns={[
          { title: t('points.redemptions.at'), key: 'at', width: 150, render: (_, r) => formatTime(r.at) },
          { title: t('points.redemptions.member'), key: 'member', width: 100, render: (_, r) => r.member.name },
          { title: t('points.redemptions.items'), key: 'items', render: (_, r) => r.items.map((i) => `${i.name} × ${i.qty}`).join(t('common.listSeparator')) },
          { title: t('points.redemptions.total'), dataIndex: 'total', width: 80, align: 'right' },
          {
            title: t('points.col.status'),
            key: 'status',
            width: 110,
            render: (_, r) =>
              r.status === 'reversed' ? (
                <Tag title={r.reverseReason ?? undefined}>{t('points.redemptions.reversed')}</Tag>
              ) : (
                <Tag color="green">{t('points.redemptions.done')}</Tag>
              ),
          },
        ]}
      />
    </Flex>
  );
}
