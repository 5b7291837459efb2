import { DesktopOutlined, DownloadOutlined, FileTextOutlined, ReloadOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Col, DatePicker, Empty, Flex, Form, Result, Row, Space, Statistic, Table, type TableProps, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { DashboardDto, FigureDto } from '#contracts/dashboard.js';
import { ApiError } from '../../api/client.js';
import { type DashboardFilters, downloadChildren, useDashboard } from '../../api/dashboard.js';
import { errorText } from '../../api/errorText.js';
import { usePlace } from '../../api/places.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { dayOf, isoDate, ZONE } from '../../shared/time.js';
import { PageSpin } from '../layout/PageSpin.js';
import { ChartCard, ChildrenChart, GradesChart, OrdersChart } from './DashboardCharts.js';
import {
  ALERT_FIGURES,
  apiListPath,
  consoleRoute,
  drillable,
  FIGURE_GROUPS,
  type FigureGroup,
  figuresOf,
  idParam,
  isFigureKey,
  isPlaceKind,
  percentOf,
  rangeError,
} from './dashboardLogic.js';
import { useFigureLabel } from './useFigureLabel.js';

/** The URL of a level's dashboard, keeping the chosen dates. */
export const dashboardPath = (filters: DashboardFilters, base = '/dashboard') => {
  const params = new URLSearchParams();
  if (filters.placeId !== undefined) params.set('placeId', String(filters.placeId));
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  const search = params.toString();
  return search ? `${base}?${search}` : base;
};

/** 数据看板: a county's, street's or community's figures, each opening its list; charts; the places below to drill into. */
export function DashboardPage() {
  const { t, lang } = useI18n();
  const { account } = useCurrentSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const placeId = idParam(params.get('placeId'));
  const from = params.get('from') || undefined;
  const to = params.get('to') || undefined;
  const filters = useMemo<DashboardFilters>(() => ({ ...(placeId ? { placeId } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) }), [placeId, from, to]);
  const invalid = rangeError(from, to);
  const dashboard = useDashboard(filters, { enabled: invalid === null });
  const data = invalid ? undefined : dashboard.data;

  // The server's own check, for a range typed into the URL: shown on the date it names.
  const error = dashboard.error;
  const fieldError = error instanceof ApiError && (error.field === 'from' || error.field === 'to') ? errorText(error, lang, t) : null;
  const rangeText = invalid ? t(invalid === 'order' ? 'dashboard.range.order' : 'dashboard.range.tooLong') : fieldError;

  const go = useCallback((next: DashboardFilters) => navigate(dashboardPath(next)), [navigate]);
  const drill = useCallback((id: number) => go({ ...filters, placeId: id }), [go, filters]);

  return (
    <Flex vertical gap={16} data-testid="dashboard">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('dashboard.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('dashboard.intro')}</Typography.Text>
        </div>
        <Space wrap>
          <Button icon={<ReloadOutlined />} loading={dashboard.isFetching} onClick={() => void dashboard.refetch()} data-testid="dashboard-reload">
            {t('dashboard.reload')}
          </Button>
          <Button icon={<FileTextOutlined />} onClick={() => navigate(placeId ? `/reports?placeId=${placeId}` : '/reports')} data-testid="dashboard-to-reports">
            {t('dashboard.reports')}
          </Button>
          <Button type="primary" icon={<DesktopOutlined />} onClick={() => navigate(dashboardPath(filters, '/dashboard/wall'))} data-testid="dashboard-to-wall">
            {t('dashboard.wall')}
          </Button>
        </Space>
      </Flex>

      <Card size="small">
        <Flex justify="space-between" align="center" wrap gap={12}>
          <PlaceTrail placeId={placeId ?? data?.place.id ?? account.place.id} filters={filters} />
          <RangeForm filters={filters} shown={data} error={rangeText} onChange={go} />
        </Flex>
      </Card>

      {invalid ? (
        <Card>
          <Empty description={t('dashboard.range.fix')} />
        </Card>
      ) : dashboard.isPending ? (
        <PageSpin />
      ) : !data ? (
        fieldError ? (
          <Card>
            <Empty description={t('dashboard.range.fix')} />
          </Card>
        ) : (
          <Result
            status="warning"
            title={t('common.loadFailed')}
            subTitle={errorText(error, lang, t)}
            data-testid="dashboard-error"
            extra={
              <Space>
                <Button onClick={() => void dashboard.refetch()}>{t('common.retry')}</Button>
                <Button type="primary" onClick={() => go({})}>
                  {t('dashboard.backToMine')}
                </Button>
              </Space>
            }
          />
        )
      ) : (
        <Overview data={data} onDrill={drill} />
      )}
    </Flex>
  );
}

/** 县 › 街道 › 社区: the levels from the caller's own down to this one, each a link to its dashboard. */
function PlaceTrail({ placeId, filters }: { placeId: number; filters: DashboardFilters }) {
  const { kindLabel } = useI18n();
  const place = usePlace(placeId);
  const levels = place.data
    ? [...place.data.ancestors.filter((a) => drillable(a.kind)), { id: place.data.id, name: place.data.name, kind: place.data.kind }]
    : [];
  return (
    <Breadcrumb
      data-testid="dashboard-breadcrumb"
      style={{ fontSize: 16 }}
      items={levels.map((p, i) => ({
        key: p.id,
        title:
          i === levels.length - 1 ? (
            <Typography.Text strong data-testid="dashboard-place">
              {p.name}
            </Typography.Text>
          ) : (
            <Link to={dashboardPath({ ...filters, placeId: p.id })} data-testid={`trail-${p.id}`} title={kindLabel(p.kind)}>
              {p.name}
            </Link>
          ),
      }))}
    />
  );
}

/** From and to, each its own picker so any pair can be chosen; a wrong pair says so on the picker. */
function RangeForm({
  filters,
  shown,
  error,
  onChange,
}: {
  filters: DashboardFilters;
  shown: DashboardDto | undefined;
  error: string | null;
  onChange: (next: DashboardFilters) => void;
}) {
  const { t } = useI18n();
  const today = dayjs().tz(ZONE);
  const set = (key: 'from' | 'to') => (day: dayjs.Dayjs | null) => onChange({ ...filters, [key]: isoDate(day) });
  return (
    <Form layout="inline" component="div" style={{ rowGap: 8 }}>
      <Form.Item label={t('dashboard.from')} validateStatus={error ? 'error' : undefined} help={error ?? undefined} style={{ marginBottom: 0 }}>
        <DatePicker
          data-testid="dashboard-from"
          allowClear
          value={dayOf(filters.from ?? shown?.from) ?? null}
          onChange={set('from')}
          placeholder={t('dashboard.from')}
        />
      </Form.Item>
      <Form.Item label={t('dashboard.to')} validateStatus={error ? 'error' : undefined} style={{ marginBottom: 0 }}>
        <DatePicker data-testid="dashboard-to" allowClear value={dayOf(filters.to ?? shown?.to) ?? null} onChange={set('to')} placeholder={t('dashboard.to')} />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <Space size={4}>
          <Button size="small" type="link" onClick={() => onChange({ placeId: filters.placeId })} data-testid="range-this-year">
            {t('dashboard.thisYear')}
          </Button>
          <Button
            size="small"
            type="link"
            onClick={() =>
              onChange({ placeId: filters.placeId, from: today.subtract(1, 'year').add(1, 'day').format('YYYY-MM-DD'), to: today.format('YYYY-MM-DD') })
            }
            data-testid="range-last-12"
          >
            {t('dashboard.last12')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}

const GROUP_TITLES = {
  registration: 'dashboard.group.registration',
  service: 'dashboard.group.service',
  pairing: 'dashboard.group.pairing',
  evaluation: 'dashboard.group.evaluation',
  governance: 'dashboard.group.governance',
} as const satisfies Record<FigureGroup, string>;

function Overview({ data, onDrill }: { data: DashboardDto; onDrill: (placeId: number) => void }) {
  const { t } = useI18n();
  const onPick = useCallback(
    (index: number) => {
      const child = data.children[index];
      if (child && drillable(child.place.kind)) onDrill(child.place.id);
    },
    [data.children, onDrill],
  );
  const canDrill = data.children.some((c) => drillable(c.place.kind));
  return (
    <>
      <Typography.Text type="secondary" data-testid="dashboard-period">
        {t('dashboard.periodNote', { from: data.from, to: data.to })}
      </Typography.Text>
      {FIGURE_GROUPS.map((group) => {
        const figures = figuresOf(data.figures, group);
        if (!figures.length) return null;
        const title = group === 'evaluation' && data.grades.year ? t('dashboard.group.evaluationYear', { year: data.grades.year }) : t(GROUP_TITLES[group]);
        return (
          <Card key={group} size="small" title={title} data-testid={`group-${group}`}>
            <Row gutter={[12, 12]}>
              {figures.map((f) => (
                <Col key={f.key} xs={12} sm={8} md={6} xl={4}>
                  <FigureCard figure={f} placeName={data.place.name} />
                </Col>
              ))}
            </Row>
          </Card>
        );
      })}

      <Row gutter={[12, 12]}>
        <StatCol testId="stat-satisfaction" title={t('dashboard.satisfaction')} value={data.satisfaction.average} suffix="/ 5" precision={1}>
          {t('dashboard.satisfactionRated', { rated: data.satisfaction.rated })}
        </StatCol>
        <StatCol testId="stat-toAccept" title={t('dashboard.toAccept')} value={data.hours.toAccept} suffix={t('dashboard.hoursUnit')} precision={1} />
        <StatCol testId="stat-toFinish" title={t('dashboard.toFinish')} value={data.hours.toFinish} suffix={t('dashboard.hoursUnit')} precision={1} />
        <StatCol testId="stat-pointsIssued" title={t('dashboard.points.issued')} value={data.points.issued} suffix={t('dashboard.points.unit')} />
        <StatCol testId="stat-pointsRedeemed" title={t('dashboard.points.redeemed')} value={data.points.redeemed} suffix={t('dashboard.points.unit')} />
      </Row>

      <Row gutter={[12, 12]}>
        <Col xs={24} xl={14}>
          <OrdersChart rows={data.ordersByMonth} testId="orders" />
        </Col>
        <Col xs={24} xl={10}>
          {data.grades.year ? (
            <GradesChart grades={data.grades} testId="grades" />
          ) : (
            <ChartCard title={t('dashboard.chart.gradesNone')} testId="grades">
              <Empty description={t('dashboard.chart.gradesNoneHint')} />
            </ChartCard>
          )}
        </Col>
        {data.children.length > 0 && (
          <Col span={24}>
            <ChildrenChart
              items={data.children}
              testId="children"
              onPick={canDrill ? onPick : undefined}
              title={
                <Space>
                  {t('dashboard.chart.children')}
                  {canDrill && (
                    <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 12 }}>
                      {t('dashboard.chart.childrenHint')}
                    </Typography.Text>
                  )}
                </Space>
              }
            />
          </Col>
        )}
      </Row>

      <ChildrenTable data={data} onDrill={onDrill} />
    </>
  );
}

/** One count: its label, the number, and the list it opens. */
function FigureCard({ figure, placeName }: { figure: FigureDto; placeName: string }) {
  const { t } = useI18n();
  const figureLabel = useFigureLabel();
  const route = consoleRoute(figure.link, placeName);
  const alert = ALERT_FIGURES.includes(figure.key) && figure.value > 0;
  const card = (
    <Card
      size="small"
      hoverable={route !== null}
      data-testid={`figure-${figure.key}`}
      data-api={figure.link ? apiListPath(figure.link) : undefined}
      styles={{ body: { padding: '12px 16px' } }}
    >
      <Statistic
        title={figureLabel(figure.key)}
        value={figure.value}
        styles={{ content: { fontSize: 26, ...(alert ? { color: '#cf1322' } : {}) } }}
        data-testid={`figure-value-${figure.key}`}
      />
    </Card>
  );
  if (!route) return card;
  return (
    <Tooltip title={t('dashboard.figure.open')} mouseEnterDelay={0.6}>
      <Link to={route} data-testid={`figure-link-${figure.key}`} aria-label={isFigureKey(figure.key) ? figureLabel(figure.key) : figure.key}>
        {card}
      </Link>
    </Tooltip>
  );
}

function StatCol({
  testId,
  title,
  value,
  suffix,
  precision,
  children,
}: {
  testId: string;
  title: string;
  value: number | null;
  suffix?: string;
  precision?: number;
  children?: React.ReactNode;
}) {
  return (
    <Col xs={12} md={8} xl={{ flex: '20%' }}>
      <Card size="small" data-testid={testId} style={{ height: '100%' }}>
        <Statistic title={title} value={value ?? '—'} suffix={value === null ? undefined : suffix} precision={value === null ? undefined : precision} />
        {children && <Typography.Text type="secondary">{children}</Typography.Text>}
      </Card>
    </Col>
  );
}

/** The places below with the same counts as the chart; a street or community opens its own dashboard. */
function ChildrenTable({ data, onDrill }: { data: DashboardDto; onDrill: (placeId: number) => void }) {
  const { t, kindLabel } = useI18n();
  const header = [
    t('dashboard.children.place'),
    t('dashboard.children.registered'),
    t('dashboard.children.orders'),
    t('dashboard.children.key'),
    t('dashboard.children.covered'),
    t('dashboard.children.rate'),
  ] as const;
  const columns: TableProps<DashboardDto['children'][number]>['columns'] = [
    {
      title: header[0],
      key: 'place',
      render: (_, r) =>
        drillable(r.place.kind) ? (
          <Typography.Link onClick={() => onDrill(r.place.id)} data-testid={`child-link-${r.place.id}`}>
            {r.place.name}
          </Typography.Link>
        ) : (
          <span>
            {r.place.name} <Typography.Text type="secondary">{isPlaceKind(r.place.kind) ? kindLabel(r.place.kind) : ''}</Typography.Text>
          </span>
        ),
    },
    { title: header[1], dataIndex: 'membersRegistered', align: 'right', sorter: (a, b) => a.membersRegistered - b.membersRegistered },
    { title: header[2], dataIndex: 'orders', align: 'right', sorter: (a, b) => a.orders - b.orders },
    { title: header[3], dataIndex: 'keyHouseholds', align: 'right', sorter: (a, b) => a.keyHouseholds - b.keyHouseholds },
    { title: header[4], dataIndex: 'covered', align: 'right', sorter: (a, b) => a.covered - b.covered },
    {
      title: header[5],
      key: 'rate',
      align: 'right',
      sorter: (a, b) => (a.keyHouseholds ? a.covered / a.keyHouseholds : -1) - (b.keyHouseholds ? b.covered / b.keyHouseholds : -1),
      render: (_, r) => percentOf(r.covered, r.keyHouseholds),
    },
  ];
  const saveXlsx = () => void downloadChildren({ placeId: data.place.id, from: data.from, to: data.to }).catch(() => undefined);
  return (
    <Card
      size="small"
      title={t('dashboard.children.title')}
      extra={
        <Button size="small" type="text" icon={<DownloadOutlined />} disabled={!data.children.length} onClick={saveXlsx} data-testid="children-xlsx">
          {t('dashboard.exportXlsx')}
        </Button>
      }
    >
      <Table
        data-testid="dashboard-children"
        size="small"
        rowKey={(r) => r.place.id}
        columns={columns}
        dataSource={data.children}
        pagination={data.children.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        onRow={(r) => ({ 'data-testid': `child-row-${r.place.id}` }) as React.HTMLAttributes<HTMLElement>}
        locale={{ emptyText: <Empty description={t('dashboard.children.empty')} /> }}
        scroll={{ x: 640 }}
      />
    </Card>
  );
}
