import { App, Button, Card, Col, Empty, Flex, Form, Input, List, Row, Select, Space, Statistic, Table, type TableProps, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { BalanceCommunityDto, BalanceSuggestionDto } from '#contracts/registration.js';
import { type BalanceFilters, useApplyBalance, useBalance } from '../../api/balance.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { FormModal } from '../layout/FormModal.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { SearchBox } from '../shared/ListPage.js';
import { useApiError } from '../useApiError.js';
import { useEChart } from '../shared/useEChart.js';

type Flag = NonNullable<BalanceCommunityDto['flag']>;
const FLAG_COLORS: Record<Flag, string> = { crowded: 'red', thin: 'orange' };
const BAR_COLORS: Record<Flag, string> = { crowded: '#cf1322', thin: '#fa8c16' };
// Not the theme's red: an unflagged community must not look crowded.
const NORMAL_BAR = '#5b8ff9';

const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toFixed(1);

/** 扎堆 → 精准报到: the load of each community against the county median, and where each unit would balance it. */
export function BalancePage() {
  const { t } = useI18n();
  const [filters, setFilters] = useState<BalanceFilters>({ q: '' });
  const balance = useBalance(filters);
  const data = balance.data;

  return (
    <Flex vertical gap={16} data-testid="balance-page">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('balance.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('balance.intro')}</Typography.Text>
      </div>
      {balance.isError && !data ? (
        <Card>
          <Empty description={t('common.loadFailed')} />
        </Card>
      ) : (
        <>
          <Summary medianLoad={data?.medianLoad} communities={data?.communities ?? []} loading={balance.isPending} />
          <Card size="small" title={t('balance.chart')}>
            <LoadChart communities={data?.communities ?? []} medianLoad={data?.medianLoad ?? 0} />
          </Card>
          <CommunitiesTable communities={data?.communities ?? []} loading={balance.isPending} />
          <Suggestions
            suggestions={data?.suggestions ?? []}
            loading={balance.isFetching}
            filters={filters}
            onFilters={(patch) => setFilters((current) => ({ ...current, ...patch }))}
          />
        </>
      )}
    </Flex>
  );
}

function Summary({ medianLoad, communities, loading }: { medianLoad?: number; communities: BalanceCommunityDto[]; loading: boolean }) {
  const { t } = useI18n();
  const count = (flag: Flag) => communities.filter((c) => c.flag === flag).length;
  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Card size="small">
          <div data-testid="balance-median">
            <Statistic
              title={t('balance.median')}
              value={medianLoad === undefined ? '-' : oneDecimal(medianLoad)}
              suffix={t('balance.perHundred')}
              loading={loading}
            />
          </div>
        </Card>
      </Col>
      <Col xs={12} md={8}>
        <Card size="small">
          <Statistic title={t('balance.crowdedCount')} value={count('crowded')} loading={loading} styles={{ content: { color: BAR_COLORS.crowded } }} />
        </Card>
      </Col>
      <Col xs={12} md={8}>
        <Card size="small">
          <Statistic title={t('balance.thinCount')} value={count('thin')} loading={loading} styles={{ content: { color: BAR_COLORS.thin } }} />
        </Card>
      </Col>
    </Row>
  );
}

// A county has hundreds of communities: the chart shows this many at a time and scrolls.
const BARS_IN_VIEW = 40;

/** Bars of load by community, highest first, coloured by flag, with the county median as a line. */
function LoadChart({ communities, medianLoad }: { communities: BalanceCommunityDto[]; medianLoad: number }) {
  const { t } = useI18n();
  const option = useMemo(() => {
    const bars = [...communities].sort((a, b) => b.load - a.load);
    const zoomEnd = bars.length > BARS_IN_VIEW ? (BARS_IN_VIEW / bars.length) * 100 : 100;
    return {
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? oneDecimal(v) : String(v)) },
      grid: { left: 48, right: 72, top: 32, bottom: zoomEnd < 100 ? 112 : 88 },
      dataZoom: zoomEnd < 100 ? [{ type: 'slider', start: 0, end: zoomEnd, height: 18, bottom: 8 }, { type: 'inside' }] : [],
      xAxis: { type: 'category', data: bars.map((c) => c.place.name), axisLabel: { rotate: 45, interval: 0 }, axisTick: { alignWithLabel: true } },
      yAxis: { type: 'value', name: t('balance.perHundred') },
      series: [
        {
          type: 'bar',
          name: t('balance.col.load'),
          barMaxWidth: 36,
          data: bars.map((c) => ({ value: c.load, itemStyle: { color: c.flag ? BAR_COLORS[c.flag] : NORMAL_BAR } })),
          markLine: {
            symbol: 'none',
            lineStyle: { type: 'dashed', color: '#595959' },
            label: { formatter: t('balance.chart.median', { value: oneDecimal(medianLoad) }), position: 'end' },
            data: [{ yAxis: medianLoad }],
          },
        },
      ],
    };
  }, [communities, medianLoad, t]);
  const element = useEChart(option);

  return <div ref={element} data-testid="balance-chart" style={{ width: '100%', height: 320 }} />;
}

function FlagTag({ flag }: { flag: BalanceCommunityDto['flag'] }) {
  const { t } = useI18n();
  return flag ? <Tag color={FLAG_COLORS[flag]}>{t(`balance.flag.${flag}`)}</Tag> : null;
}

/** Every community in scope, sorted in the browser (the whole list comes at once); filter by flag. */
function CommunitiesTable({ communities, loading }: { communities: BalanceCommunityDto[]; loading: boolean }) {
  const { t } = useI18n();
  const [flag, setFlag] = useState<Flag | 'all'>('all');
  const shown = flag === 'all' ? communities : communities.filter((c) => c.flag === flag);
  const byNumber =
    (key: 'households' | 'keyHouseholds' | 'registeredMembers' | 'registeredUnits' | 'load') => (a: BalanceCommunityDto, b: BalanceCommunityDto) =>
      a[key] - b[key];

  const columns: TableProps<BalanceCommunityDto>['columns'] = [
    {
      key: 'community',
      title: t('balance.col.community'),
      render: (_, c) => c.place.name,
      sorter: (a, b) => a.place.name.localeCompare(b.place.name, 'zh-CN'),
    },
    { key: 'street', title: t('balance.col.street'), dataIndex: 'street', sorter: (a, b) => a.street.localeCompare(b.street, 'zh-CN') },
    { key: 'households', title: t('balance.col.households'), dataIndex: 'households', align: 'right', sorter: byNumber('households') },
    { key: 'keyHouseholds', title: t('balance.col.keyHouseholds'), dataIndex: 'keyHouseholds', align: 'right', sorter: byNumber('keyHouseholds') },
    { key: 'members', title: t('balance.col.members'), dataIndex: 'registeredMembers', align: 'right', sorter: byNumber('registeredMembers') },
    { key: 'units', title: t('balance.col.units'), dataIndex: 'registeredUnits', align: 'right', sorter: byNumber('registeredUnits') },
    {
      key: 'load',
      title: t('balance.col.load'),
      align: 'right',
      render: (_, c) => oneDecimal(c.load),
      sorter: byNumber('load'),
      defaultSortOrder: 'descend',
    },
    {
      key: 'flag',
      title: t('balance.col.flag'),
      render: (_, c) => (
        <span data-testid={`balance-flag-${c.place.id}`}>
          <FlagTag flag={c.flag} />
        </span>
      ),
    },
  ];

  return (
    <Card size="small">
      <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
        <Select<Flag | 'all'>
          data-testid="balance-flag-filter"
          style={{ width: 160 }}
          value={flag}
          onChange={setFlag}
          options={[
            { value: 'all', label: t('balance.flag.all') },
            { value: 'crowded', label: t('balance.flag.crowded') },
            { value: 'thin', label: t('balance.flag.thin') },
          ]}
        />
      </Flex>
      <Table<BalanceCommunityDto>
        data-testid="balance-communities-table"
        rowKey={(c) => c.place.id}
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={shown}
        scroll={{ x: 900 }}
        pagination={{ defaultPageSize: 10, showSizeChanger: true, showTotal: (total) => t('common.total', { total }) }}
        locale={{ emptyText: <Empty description={flag === 'all' ? t('balance.communities.empty') : t('common.empty')} /> }}
      />
    </Card>
  );
}

type Candidate = BalanceSuggestionDto['candidates'][number];
type Picked = { unit: BalanceSuggestionDto['organization']; candidate: Candidate };
const pairKey = (unitId: number, placeId: number) => `${unitId}-${placeId}`;

/** Per unit: where it sits, where it is registered or assigned, and the communities it would balance. */
function Suggestions({
  suggestions,
  loading,
  filters,
  onFilters,
}: {
  suggestions: BalanceSuggestionDto[];
  loading: boolean;
  filters: BalanceFilters;
  onFilters: (patch: BalanceFilters) => void;
}) {
  const { t } = useI18n();
  const [picked, setPicked] = useState<Picked | null>(null);
  // The server drops an assigned community from the candidates; remembering it keeps its reasons on screen.
  const [assignedHere, setAssignedHere] = useState<ReadonlyMap<string, Candidate>>(new Map());
  // Units registered only at crowded communities need moving first; the sort keeps the server's order otherwise.
  const ordered = useMemo(() => [...suggestions].sort((a, b) => Number(b.crowded) - Number(a.crowded)), [suggestions]);

  return (
    <Card size="small" title={t('balance.suggestions')}>
      <Typography.Paragraph type="secondary">{t('balance.suggestions.hint')}</Typography.Paragraph>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <SearchBox testId="balance-search" width={300} placeholder={t('balance.search')} initial={filters.q ?? ''} onSearch={(q) => onFilters({ q })} />
        <PlacePicker style={{ width: 240 }} placeholder={t('balance.place')} value={filters.placeId} onChange={(placeId) => onFilters({ placeId })} />
      </Flex>
      <List<BalanceSuggestionDto>
        data-testid="balance-suggestions"
        loading={loading}
        dataSource={ordered}
        rowKey={(s) => s.organization.id}
        pagination={ordered.length > 10 ? { pageSize: 10, showSizeChanger: false, size: 'small' } : false}
        locale={{ emptyText: <Empty description={t('balance.suggestions.empty')} /> }}
        renderItem={(s) => (
          <SuggestionItem suggestion={s} assignedHere={assignedHere} onAssign={(candidate) => setPicked({ unit: s.organization, candidate })} />
        )}
      />
      {picked && (
        <AssignModal
          picked={picked}
          onAssigned={() => setAssignedHere((current) => new Map(current).set(pairKey(picked.unit.id, picked.candidate.place.id), picked.candidate))}
          onClose={() => setPicked(null)}
        />
      )}
    </Card>
  );
}

const names = (places: { name: string }[], separator: string) => places.map((p) => p.name).join(separator);

type ItemProps = { suggestion: BalanceSuggestionDto; assignedHere: ReadonlyMap<string, Candidate>; onAssign: (candidate: Candidate) => void };

function SuggestionItem({ suggestion: s, assignedHere, onAssign }: ItemProps) {
  const { t } = useI18n();
  const sep = t('common.listSeparator');
  const assigned = new Set(s.assignedTo.map((p) => p.id));
  const offered = new Set(s.candidates.map((c) => c.place.id));
  // Assigned communities the server no longer offers stay listed, marked assigned.
  const kept = s.assignedTo
    .filter((p) => !offered.has(p.id))
    .map((p): Candidate => assignedHere.get(pairKey(s.organization.id, p.id)) ?? { place: p, street: '', score: Number.NaN, reasons: [] });
  const rows = [...kept, ...s.candidates];

  return (
    <List.Item data-testid={`balance-suggestion-${s.organization.id}`}>
      <Flex vertical gap={8} style={{ width: '100%' }}>
        <Space wrap size={[8, 4]}>
          <Typography.Text strong>{s.organization.name}</Typography.Text>
          {s.crowded && <Tag color="red">{t('balance.unit.crowded')}</Tag>}
        </Space>
        <Typography.Text type="secondary">
          {[
            t('balance.unit.home', { name: s.home.name }),
            s.registeredAt.length > 0 && t('balance.unit.registeredAt', { names: names(s.registeredAt, sep) }),
            s.assignedTo.length > 0 && t('balance.unit.assignedTo', { names: names(s.assignedTo, sep) }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography.Text>
        <Typography.Text>{t('balance.candidates')}</Typography.Text>
        {rows.length === 0 ? (
          <Typography.Text type="secondary">{t('balance.noCandidates')}</Typography.Text>
        ) : (
          rows.map((c) => (
            <CandidateRow key={c.place.id} unitId={s.organization.id} candidate={c} assigned={assigned.has(c.place.id)} onAssign={() => onAssign(c)} />
          ))
        )}
      </Flex>
    </List.Item>
  );
}

/** One community a unit could register at: score, reasons in the chosen language, and 安排报到 or 已安排. */
function CandidateRow({ unitId, candidate: c, assigned, onAssign }: { unitId: number; candidate: Candidate; assigned: boolean; onAssign: () => void }) {
  const { t, lang } = useI18n();
  const key = pairKey(unitId, c.place.id);
  return (
    <Flex gap={12} align="flex-start" justify="space-between" wrap data-testid={`balance-candidate-${key}`}>
      <Flex vertical gap={2} style={{ flex: 1, minWidth: 260 }}>
        <Space wrap size={[8, 0]}>
          <Typography.Text strong>{c.place.name}</Typography.Text>
          {c.street && <Typography.Text type="secondary">{c.street}</Typography.Text>}
          {Number.isFinite(c.score) && <Tag color="blue">{t('balance.candidate.score', { score: Math.round(c.score) })}</Tag>}
        </Space>
        {c.reasons.length > 0 && (
          <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid={`balance-reasons-${key}`}>
            {c.reasons.map((r) => (
              <li key={r['zh-CN']}>{r[lang]}</li>
            ))}
          </ul>
        )}
      </Flex>
      {assigned ? (
        <Tag color="success" data-testid={`balance-assigned-${key}`}>
          {t('balance.assigned')}
        </Tag>
      ) : (
        <Button size="small" type="primary" ghost onClick={onAssign} data-testid={`balance-assign-${key}`}>
          {t('balance.assign')}
        </Button>
      )}
    </Flex>
  );
}

/** Confirms the assignment, with an optional reason the secretary will read. */
function AssignModal({ picked, onAssigned, onClose }: { picked: Picked; onAssigned: () => void; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useApiError();
  const [form] = Form.useForm<{ reason?: string }>();
  const apply = useApplyBalance();

  return (
    <FormModal<{ reason?: string }>
      title={t('balance.assign.title', { unit: picked.unit.name, place: picked.candidate.place.name })}
      form={form}
      pending={apply.isPending}
      okText={t('balance.assign.ok')}
      onClose={onClose}
      onFinish={({ reason }) =>
        apply.mutate(
          { organizationId: picked.unit.id, placeId: picked.candidate.place.id, reason: reason?.trim() ?? '' },
          {
            onSuccess: () => {
              onAssigned();
              void message.success(t('balance.assign.done'));
              onClose();
            },
            onError: (error) => void showError(error, form),
          },
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('balance.assign.body')}</Typography.Paragraph>
      <Form.Item name="reason" label={t('balance.assign.reason')} rules={[{ max: 500 }]}>
        <Input.TextArea data-testid="balance-assign-reason" rows={3} maxLength={500} showCount placeholder={t('balance.assign.reasonPlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}
