import { DownloadOutlined, FileTextOutlined, ReconciliationOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Result, Row, Space, Statistic, Tooltip, Typography } from 'antd';
import * as echarts from 'echarts/core';
import { type ReactNode, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { FigureDto } from '#contracts/dashboard.js';
import { GRADES, type Grade } from '#contracts/evaluation.js';
import { ApiError } from '../../api/client.js';
import { type UnitDashboard, useUnitDashboard } from '../../api/dashboard.js';
import { errorText } from '../../api/errorText.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { currentYear, GradeTag, YearSelect } from '../evaluation/EvaluationBits.js';
import { pickYear } from '../evaluation/evaluationFormat.js';
import { NotFound } from '../layout/NotFound.js';
import { PageSpin } from '../layout/PageSpin.js';
import { OrganizationSelect } from '../organizations/OrganizationSelect.js';
import { useEChart } from '../shared/useEChart.js';
import { CHART_COLORS, ChartCard, GradesChart } from './DashboardCharts.js';
import {
  ALERT_FIGURES,
  apiListPath,
  consoleRoute,
  idParam,
  isUnitFigureKey,
  SERVICE_SOURCES,
  type ServiceSource,
  serviceBars,
  serviceTotals,
  unitPageLinks,
} from './dashboardLogic.js';

const isGrade = (value: string): value is Grade => (GRADES as readonly string[]).includes(value);
const isSource = (value: string): value is ServiceSource => (SERVICE_SOURCES as readonly string[]).includes(value);

/**
 * 单位看板: a unit's members and their registration, the year's services by kind, points and grades.
 * The unit secretary sees their own unit; an admin chooses one (`?org=`). The year is `?year=`.
 */
export function UnitDashboardPage() {
  const { t, lang } = useI18n();
  const { account } = useCurrentSession();
  const [params, setParams] = useSearchParams();
  const thisYear = currentYear();
  const year = pickYear(params.get('year'), thisYear);
  const secretary = account.role === 'unitSecretary';
  const organizationId = secretary ? undefined : idParam(params.get('org'));
  const ready = secretary || organizationId !== undefined;
  const dashboard = useUnitDashboard({ year, ...(organizationId ? { organizationId } : {}) }, ready);
  // While another unit loads, the last one stays on screen: show it only if it is the one asked for.
  const data = dashboard.data && (secretary || dashboard.data.organization.id === organizationId) ? dashboard.data : undefined;

  const update = (next: { year?: number; org?: number | undefined }) => {
    const merged = new URLSearchParams(params);
    if (next.year !== undefined) merged.set('year', String(next.year));
    if ('org' in next) {
      if (next.org === undefined) merged.delete('org');
      else merged.set('org', String(next.org));
    }
    setParams(merged, { replace: true });
  };

  const error = dashboard.error;
  return (
    <Flex vertical gap={16} data-testid="unit-dashboard">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('dashboard.unit.title')}
            {data && (
              <Typography.Text style={{ fontSize: 20, marginInlineStart: 12 }} data-testid="unit-dashboard-name">
                {data.organization.name}
              </Typography.Text>
            )}
          </Typography.Title>
          <Typography.Text type="secondary">{t('dashboard.unit.intro')}</Typography.Text>
        </div>
        <Space wrap>
          {!secretary && (
            <OrganizationSelect
              // Remounted once the unit's name is known, so a unit opened from the URL shows its name.
              key={data ? 'named' : 'bare'}
              testId="unit-dashboard-org"
              style={{ width: 260 }}
              placeholder={t('dashboard.unit.org')}
              value={organizationId}
              initialLabel={data?.organization.name}
              onChange={(id) => update({ org: id })}
            />
          )}
          <YearSelect value={year} onChange={(y) => update({ year: y })} testId="unit-dashboard-year" />
          <Button
            icon={<ReloadOutlined />}
            disabled={!ready}
            loading={dashboard.isFetching}
            onClick={() => void dashboard.refetch()}
            data-testid="unit-dashboard-reload"
          >
            {t('dashboard.reload')}
          </Button>
        </Space>
      </Flex>

      {!ready ? (
        <Card>
          <Empty description={t('dashboard.unit.pickOrg')} data-testid="unit-dashboard-pick-org" />
        </Card>
      ) : error && !dashboard.isFetching ? (
        error instanceof ApiError && error.status === 404 ? (
          <NotFound />
        ) : (
          <Result
            status="warning"
            title={t('common.loadFailed')}
            subTitle={errorText(error, lang, t)}
            data-testid="unit-dashboard-error"
            extra={<Button onClick={() => void dashboard.refetch()}>{t('common.retry')}</Button>}
          />
        )
      ) : !data ? (
        <PageSpin />
      ) : (
        <Overview data={data} organizationId={organizationId} thisYear={thisYear} />
      )}
    </Flex>
  );
}

function Overview({ data, organizationId, thisYear }: { data: UnitDashboard; organizationId: number | undefined; thisYear: number }) {
  const { t } = useI18n();
  const totals = serviceTotals(data.services);
  const links = unitPageLinks(data.year, thisYear, organizationId);
  const graded = Object.values(data.membersByGrade).some((n) => n > 0);
  return (
    <>
      <Card size="small" title={t('dashboard.unit.group.members')} data-testid="group-members">
        <Row gutter={[12, 12]}>
          {data.figures.map((f) => (
            <Col key={f.key} xs={24} sm={8}>
              <FigureCard figure={f} organizationName={data.organization.name} />
            </Col>
          ))}
        </Row>
      </Card>

      <Row gutter={[12, 12]}>
        <StatCol testId="stat-services" title={t('dashboard.unit.services', { year: data.year })}>
          <Statistic value={totals.count} suffix={t('dashboard.unit.timesUnit')} />
        </StatCol>
        <StatCol testId="stat-hours" title={t('dashboard.unit.hours', { year: data.year })}>
          <Statistic value={totals.hours} suffix={t('dashboard.hoursUnit')} />
        </StatCol>
        <StatCol testId="stat-points" title={t('dashboard.unit.points', { year: data.year })}>
          <Statistic value={data.points} suffix={t('dashboard.points.unit')} />
        </StatCol>
        <StatCol testId="stat-grade" title={t('dashboard.unit.grade', { year: data.year })}>
          <UnitGrade grade={data.grade} />
        </StatCol>
      </Row>

      <Row gutter={[12, 12]}>
        <Col xs={24} xl={14}>
          <ServicesChart services={data.services} year={data.year} />
        </Col>
        <Col xs={24} xl={10}>
          {graded ? (
            <GradesChart
              grades={{ year: data.year, byGrade: data.membersByGrade }}
              testId="grades"
              title={t('dashboard.unit.chart.grades', { year: data.year })}
            />
          ) : (
            <ChartCard title={t('dashboard.unit.chart.grades', { year: data.year })} testId="grades">
              <Empty description={t('dashboard.unit.chart.gradesNone')} data-testid="chart-grades-empty" />
            </ChartCard>
          )}
        </Col>
      </Row>

      <Card size="small" title={t('dashboard.unit.pages')}>
        <Space wrap size={16}>
          <Link to={links.feedback} data-testid="unit-dashboard-feedback">
            <FileTextOutlined /> {t('dashboard.unit.feedback')}
          </Link>
          <Link to={links.quarterly} data-testid="unit-dashboard-quarterly">
            <ReconciliationOutlined /> {t('dashboard.unit.quarterly')}
          </Link>
        </Space>
      </Card>
    </>
  );
}

/** One count: its label, the number, and the list it opens. */
function FigureCard({ figure, organizationName }: { figure: FigureDto; organizationName: string }) {
  const { t } = useI18n();
  const route = consoleRoute(figure.link, undefined, organizationName);
  const title = isUnitFigureKey(figure.key) ? t(`dashboard.unit.figure.${figure.key}`) : figure.key;
  const alert = ALERT_FIGURES.includes(figure.key) && figure.value > 0;
  const card = (
    <Card
      size="small"
      hoverable={route !== null}
      data-testid={`figure-${figure.key}`}
      data-api={figure.link ? apiListPath(figure.link) : undefined}
      styles={{ body: { padding: '12px 16px' } }}
    >
      <Statistic title={title} value={figure.value} styles={{ content: { fontSize: 26, ...(alert ? { color: '#cf1322' } : {}) } }} />
    </Card>
  );
  if (!route) return card;
  return (
    <Tooltip title={t('dashboard.figure.open')} mouseEnterDelay={0.6}>
      <Link to={route} data-testid={`figure-link-${figure.key}`} aria-label={title}>
        {card}
      </Link>
    </Tooltip>
  );
}

function StatCol({ testId, title, children }: { testId: string; title: string; children: ReactNode }) {
  return (
    <Col xs={12} xl={6}>
      <Card size="small" data-testid={testId} style={{ height: '100%' }}>
        <Typography.Text type="secondary">{title}</Typography.Text>
        {children}
      </Card>
    </Col>
  );
}

/** The unit's own grade and score, or 尚未评定 before the year has been run. */
function UnitGrade({ grade }: { grade: UnitDashboard['grade'] }) {
  const { t } = useI18n();
  if (!grade) {
    return (
      <Typography.Paragraph type="secondary" style={{ fontSize: 20, margin: '6px 0 0' }} data-testid="unit-grade-none">
        {t('dashboard.unit.gradeNone')}
      </Typography.Paragraph>
    );
  }
  return (
    <Flex align="center" gap={8} style={{ marginTop: 8 }} data-testid="unit-grade">
      {isGrade(grade.grade) ? <GradeTag grade={grade.grade} /> : <span>{grade.grade}</span>}
      <Typography.Text>{t('dashboard.unit.score', { score: grade.score })}</Typography.Text>
    </Flex>
  );
}

/** 各类服务: the year's services of the unit's members by kind, times and hours side by side. */
function ServicesChart({ services, year }: { services: UnitDashboard['services']; year: number }) {
  const { t } = useI18n();
  const title = t('dashboard.unit.chart.services', { year });
  // ECharts needs its element when it starts: the chart mounts only with data.
  if (services.length === 0) {
    return (
      <ChartCard title={title} testId="services">
        <Empty description={t('dashboard.unit.chart.servicesEmpty')} data-testid="chart-services-empty" />
      </ChartCard>
    );
  }
  return <ServicesBars services={services} title={title} />;
}

function ServicesBars({ services, title }: { services: UnitDashboard['services']; title: string }) {
  const { t } = useI18n();
  const option = useMemo(() => {
    const bars = serviceBars(services);
    const axis = {
      nameTextStyle: { color: '#595959' },
      axisLabel: { color: '#595959' },
      axisLine: { lineStyle: { color: '#e8e8e8' } },
      splitLine: { lineStyle: { color: '#e8e8e8' } },
    };
    const label = { show: true, position: 'top', color: '#595959', textBorderWidth: 0 };
    return {
      color: [CHART_COLORS.submitted, CHART_COLORS.covered],
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 48, right: 48, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: bars.map((b) => (isSource(b.source) ? t(`evaluation.source.${b.source}`) : b.source)), ...axis },
      // Times and hours have their own scales: the left axis counts, the right one hours.
      yAxis: [
        { type: 'value', minInterval: 1, name: t('dashboard.unit.chart.count'), ...axis },
        { type: 'value', name: t('dashboard.unit.chart.hours'), ...axis, splitLine: { show: false } },
      ],
      series: [
        { name: t('dashboard.unit.chart.count'), type: 'bar', barMaxWidth: 32, data: bars.map((b) => b.count), label },
        { name: t('dashboard.unit.chart.hours'), type: 'bar', barMaxWidth: 32, yAxisIndex: 1, data: bars.map((b) => b.hours), label },
      ],
    };
  }, [services, t]);
  const element = useEChart(option);
  const save = () => {
    const chart = element.current ? echarts.getInstanceByDom(element.current) : undefined;
    if (!chart) return;
    const link = document.createElement('a');
    link.href = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    link.download = `${title}.png`;
    link.style.display = 'none';
    document.body.append(link);
    link.click();
    link.remove();
  };
  return (
    <ChartCard
      title={title}
      testId="services"
      extra={
        <Button size="small" type="text" icon={<DownloadOutlined />} onClick={save} data-testid="chart-export-services">
          {t('dashboard.exportImage')}
        </Button>
      }
    >
      <div ref={element} data-testid="chart-services" style={{ width: '100%', height: 300 }} />
    </ChartCard>
  );
}
