import { App, Alert, Button, Card, Col, DatePicker, Empty, Flex, Popconfirm, Row, Select, Statistic, Table, type TableProps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ENTRY_KINDS, type EntryKind, POINT_RULE_LABELS, type PointEntryDto } from '#contracts/points.js';
import {
  BALANCE_PAGE,
  BALANCE_MAX_PAGES,
  type LedgerCheck,
  useCheckLedger,
  useMemberEntries,
  usePointEntries,
  useSettlePoints,
} from '../../api/points-console.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { dayOf, isoDate } from '../../shared/time.js';
import { can } from '../capabilities.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { usePaging } from '../shared/usePaging.js';
import { useApiError } from '../useApiError.js';
import { EntryKindTag, MemberSelect, PointsText } from './PointsBits.js';
import { isCorrectable, ledgerSums, rangeInverted, signedPoints } from './pointsFormat.js';
import { ReverseModal } from './ReverseModal.js';

type Filters = { memberId?: number; placeId?: number; kind?: EntryKind; from?: string; to?: string };

/** 积分台账: every entry of the caller's places, filtered; 更正 adds a reversing entry; the org department checks and settles. */
export function PointLedgerPage() {
  const { t } = useI18n();
  const { role } = useCurrentSession().account;
  const paging = usePaging();
  const [filters, setFilters] = useState<Filters>({});
  const [reversing, setReversing] = useState<PointEntryDto | null>(null);
  const [checked, setChecked] = useState<LedgerCheck | null>(null);
  const inverted = rangeInverted(filters.from, filters.to);
  const list = usePointEntries({ ...filters, page: paging.page, pageSize: paging.pageSize }, !inverted);
  const set =
    <K extends keyof Filters>(key: K) =>
    (value: Filters[K]) => {
      setFilters((f) => ({ ...f, [key]: value }));
      paging.restart();
    };
  const filtered = Object.values(filters).some((v) => v !== undefined);
  // A secretary's members live all over the county, beyond the places a secretary can search.
  const placeFilter = role !== 'unitSecretary';

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('points.ledger.title')}
        </Typography.Title>
        {can.auditPoints(role) && <LedgerTools onChecked={setChecked} />}
      </Flex>
      {checked && <CheckResult result={checked} onClose={() => setChecked(null)} />}
      <Card size="small">
        <Flex wrap gap={8} align="center">
          <MemberSelect testId="ledger-member" style={{ width: 200 }} value={filters.memberId} onChange={set('memberId')} />
          {placeFilter && (
            <PlacePicker
              style={{ width: 220 }}
              placeholder={t('points.ledger.place')}
              accept={(hit) => hit.kind !== 'county' && hit.kind !== 'building' && hit.kind !== 'unit'}
              value={filters.placeId}
              onChange={set('placeId')}
            />
          )}
          <Select<EntryKind>
            allowClear
            style={{ width: 140 }}
            placeholder={t('points.col.kind')}
            value={filters.kind}
            onChange={set('kind')}
            options={ENTRY_KINDS.map((k) => ({ value: k, label: t(`points.kind.${k}`) }))}
            data-testid="ledger-kind"
          />
          <DatePicker
            id="ledger-from"
            placeholder={t('points.ledger.from')}
            value={dayOf(filters.from) ?? null}
            onChange={(d) => set('from')(isoDate(d))}
            status={inverted ? 'error' : undefined}
            data-testid="ledger-from"
          />
          <DatePicker
            id="ledger-to"
            placeholder={t('points.ledger.to')}
            value={dayOf(filters.to) ?? null}
            onChange={(d) => set('to')(isoDate(d))}
            status={inverted ? 'error' : undefined}
            data-testid="ledger-to"
          />
          {inverted && (
            <Typography.Text type="danger" data-testid="ledger-range-error">
              {t('points.ledger.rangeInverted')}
            </Typography.Text>
          )}
        </Flex>
      </Card>
      <LedgerSummary memberId={filters.memberId} total={inverted ? undefined : list.data?.total} />
      <Card size="small">
        <Table<PointEntryDto>
          data-testid="ledger-table"
          rowKey="id"
          size="middle"
          scroll={{ x: 1100 }}
          loading={list.isFetching}
          dataSource={inverted ? [] : (list.data?.items ?? [])}
          columns={useColumns(can.correctPoints(role) ? setReversing : undefined)}
          onRow={(r) => ({ 'data-testid': `ledger-row-${r.id}` }) as React.HTMLAttributes<HTMLElement>}
          onChange={(pagination) => paging.follow(pagination)}
          pagination={paging.pagination(inverted ? 0 : list.data?.total)}
          locale={{
            emptyText: (
              <Empty
                description={
                  inverted ? t('points.ledger.rangeInverted') : list.isError ? t('common.loadFailed') : filtered ? t('common.empty') : t('points.ledger.empty')
                }
              />
            ),
          }}
        />
      </Card>
      {reversing && <ReverseModal entry={reversing} onClose={() => setReversing(null)} />}
    </Flex>
  );
}

function useColumns(onReverse: ((entry: PointEntryDto) => void) | undefined): TableProps<PointEntryDto>['columns'] {
  const { t, label } = useI18n();
  return [
    { title: t('points.col.date'), dataIndex: 'occurredOn', width: 110 },
    {
      title: t('points.col.holder'),
      key: 'holder',
      width: 160,
      render: (_, r) =>
        r.holder.kind === 'member' ? (
          <Link to={`/members/${r.holder.id}`}>{r.holder.name}</Link>
        ) : (
          <Flex gap={4} align="center">
            {r.holder.name}
            <Tag>{t('points.holder.merchant')}</Tag>
          </Flex>
        ),
    },
    { title: t('points.col.kind'), key: 'kind', width: 100, render: (_, r) => <EntryKindTag entry={r} /> },
    {
      title: t('points.col.rule'),
      key: 'rule',
      width: 150,
      render: (_, r) => (r.rule ? label(POINT_RULE_LABELS[r.rule]) : r.source === 'redemption' ? t('points.source.redemption') : '—'),
    },
    {
      title: t('points.col.amount'),
      key: 'amount',
      width: 80,
      align: 'right',
      render: (_, r) => <PointsText value={r.amount} testId={`entry-amount-${r.id}`} />,
    },
    { title: t('points.col.note'), dataIndex: 'note', ellipsis: true },
    { title: t('points.col.by'), dataIndex: 'by', width: 110 },
    {
      title: t('points.col.status'),
      key: 'status',
      width: 120,
      render: (_, r) =>
        r.reversedBy !== null ? (
          <Tag color="default" data-testid={`entry-reversed-${r.id}`}>
            {t('points.status.reversed')}
          </Tag>
        ) : r.reversesId !== null ? (
          <Typography.Text type="secondary" data-testid={`entry-reverses-${r.id}`}>
            {t('points.status.reverses', { id: r.reversesId })}
          </Typography.Text>
        ) : null,
    },
    ...(onReverse
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 90,
            fixed: 'right' as const,
            render: (_: unknown, r: PointEntryDto) =>
              isCorrectable(r) && (
                <Button size="small" danger onClick={() => onReverse(r)} data-testid={`entry-reverse-${r.id}`}>
                  {t('points.reverse')}
                </Button>
              ),
          },
        ]
      : []),
  ];
}

const signed = (value: number | string) => signedPoints(Number(value));

/** The member's balance, summed from all their entries (whatever the other filters); else how many entries match. */
function LedgerSummary({ memberId, total }: { memberId: number | undefined; total: number | undefined }) {
  const { t } = useI18n();
  const all = useMemberEntries(memberId);
  if (memberId === undefined) {
    return (
      <Typography.Text type="secondary" data-testid="ledger-summary">
        {total === undefined ? t('points.ledger.pickMember') : t('points.ledger.matching', { total })}
      </Typography.Text>
    );
  }
  if (all.isError) return <Alert type="warning" showIcon title={t('common.loadFailed')} />;
  const sums = all.data && ledgerSums(all.data.entries);
  return (
    <Card size="small" data-testid="ledger-summary" loading={all.isPending}>
      <Row gutter={[16, 8]}>
        <Col xs={12} md={5}>
          <Statistic title={t('points.sum.balance')} value={sums?.balance ?? 0} suffix={t('points.unit')} data-testid="ledger-balance" />
        </Col>
        <Col xs={12} md={5}>
          <Statistic title={t('points.sum.earned')} value={sums?.earned ?? 0} formatter={signed} />
        </Col>
        <Col xs={12} md={5}>
          <Statistic title={t('points.sum.deducted')} value={sums?.deducted ?? 0} formatter={signed} />
        </Col>
        <Col xs={12} md={4}>
          <Statistic title={t('points.sum.redeemed')} value={sums?.redeemed ?? 0} formatter={signed} />
        </Col>
        <Col xs={12} md={5}>
          <Statistic title={t('points.sum.corrected')} value={sums?.corrected ?? 0} formatter={signed} />
        </Col>
      </Row>
      {all.data && (
        <Typography.Text type={all.data.complete ? 'secondary' : 'warning'} style={{ fontSize: 12 }}>
          {all.data.complete
            ? t('points.sum.basis', { total: all.data.total })
            : t('points.sum.partial', { read: BALANCE_PAGE * BALANCE_MAX_PAGES, total: all.data.total })}
        </Typography.Text>
      )}
    </Card>
  );
}

/** 对账 (every balance against its entries) and 立即结算 (earn for new service now): the org department's. */
function LedgerTools({ onChecked }: { onChecked: (result: LedgerCheck) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useApiError();
  const check = useCheckLedger();
  const settle = useSettlePoints();

  return (
    <Flex gap={8}>
      <Button
        loading={check.isPending}
        onClick={() => check.mutate(undefined, { onSuccess: onChecked, onError: (e) => showError(e) })}
        data-testid="ledger-check"
      >
        {t('points.check')}
      </Button>
      <Popconfirm
        title={t('points.settle.confirmTitle')}
        description={t('points.settle.confirm')}
        okText={t('points.settle')}
        cancelText={t('common.cancel')}
        onConfirm={() =>
          settle.mutateAsync().then(
            (r) => void message.success(t('points.settle.done', { written: r.written })),
            (e: unknown) => void showError(e),
          )
        }
      >
        <Button type="primary" loading={settle.isPending} data-testid="ledger-settle">
          {t('points.settle')}
        </Button>
      </Popconfirm>
    </Flex>
  );
}

function CheckResult({ result, onClose }: { result: LedgerCheck; onClose: () => void }) {
  const { t } = useI18n();
  if (!result.mismatches.length) {
    return (
      <Alert type="success" showIcon closable={{ onClose }} title={t('points.check.balanced', { holders: result.holders })} data-testid="ledger-check-result" />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      closable={{ onClose }}
      data-testid="ledger-check-result"
      title={t('points.check.mismatched', { count: result.mismatches.length, holders: result.holders })}
      description={
        <Table
          size="small"
          pagination={false}
          rowKey={(m) => `${m.kind}-${m.id}`}
          dataSource={result.mismatches}
          columns={[
            {
              title: t('points.check.col.holder'),
              key: 'holder',
              render: (_, m) => `${t(m.kind === 'merchant' ? 'points.holder.merchant' : 'points.holder.member')} #${m.id}`,
            },
            { title: t('points.check.col.cached'), dataIndex: 'cached', align: 'right' },
            { title: t('points.check.col.sum'), dataIndex: 'sum', align: 'right' },
          ]}
        />
      }
    />
  );
}
