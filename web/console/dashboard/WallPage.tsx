import { ExpandOutlined, LogoutOutlined } from '@ant-design/icons';
import { Button, ConfigProvider, Spin, theme } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { DashboardDto } from '#contracts/dashboard.js';
import { type DashboardFilters, useDashboard } from '../../api/dashboard.js';
import { errorText } from '../../api/errorText.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { ZONE } from '../../shared/time.js';
import { ChildrenChart, GradesChart, OrdersChart } from './DashboardCharts.js';
import { dashboardPath } from './DashboardPage.js';
import { idParam, percentOf, rangeError, refreshSeconds } from './dashboardLogic.js';
import { useFigureLabel } from './useFigureLabel.js';
import './dashboard.css';

/** The time now, ticking every second. */
function useNow() {
  const [now, setNow] = useState(() => dayjs());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(dayjs()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return now.tz(ZONE);
}

/** 大屏: the county hall's screen — headline figures, the charts and a clock, reloading itself; no menu. */
export function WallPage() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const placeId = idParam(params.get('placeId'));
  const from = params.get('from') || undefined;
  const to = params.get('to') || undefined;
  const filters: DashboardFilters = { ...(placeId ? { placeId } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) };
  const seconds = refreshSeconds(params.get('refresh'));
  const invalid = rangeError(from, to);
  const dashboard = useDashboard(invalid ? {} : filters, { refetchInterval: seconds * 1000 });
  const now = useNow();
  const data = dashboard.data;

  const exit = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    navigate(dashboardPath(invalid ? { ...(placeId ? { placeId } : {}) } : filters));
  };
  const fullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };

  return (
    <ConfigProvider theme={{ algorithm: theme.darkAlgorithm, token: { colorPrimary: '#ff4d4f' } }}>
      <div className="dash-wall" data-testid="wall">
        <header className="dash-wall-header">
          <div className="dash-wall-date">{now.format(lang === 'en' ? 'ddd, D MMM YYYY' : 'YYYY年M月D日 dddd')}</div>
          <h1 data-testid="wall-title">{data ? t('dashboard.wall.title', { place: data.place.name }) : t('dashboard.wall.titlePlain')}</h1>
          <div className="dash-wall-tools">
            <span className="dash-wall-clock" data-testid="wall-clock">
              {now.format('HH:mm:ss')}
            </span>
            <Button className="dash-wall-button" size="large" icon={<ExpandOutlined />} onClick={fullscreen} data-testid="wall-fullscreen">
              {t('dashboard.wall.fullscreen')}
            </Button>
            <Button className="dash-wall-button" size="large" icon={<LogoutOutlined />} onClick={exit} data-testid="wall-exit">
              {t('dashboard.wall.exit')}
            </Button>
          </div>
        </header>

        {!data ? (
          <div className="dash-wall-center">
            {dashboard.isError ? (
              <div className="dash-wall-error" data-testid="wall-error">
                <p>{errorText(dashboard.error, lang, t)}</p>
                <Button onClick={() => void dashboard.refetch()}>{t('common.retry')}</Button>
              </div>
            ) : (
              <Spin size="large" />
            )}
          </div>
        ) : (
          <WallBody data={data} />
        )}

        <footer className="dash-wall-footer">
          <span data-testid="wall-period">{data ? t('dashboard.periodNote', { from: data.from, to: data.to }) : ''}</span>
          <span data-testid="wall-updated">
            {dashboard.dataUpdatedAt
              ? t('dashboard.wall.updated', { time: dayjs(dashboard.dataUpdatedAt).tz(ZONE).format('HH:mm:ss'), seconds })
              : t('common.loading')}
            {dashboard.isError && data ? ` · ${t('dashboard.wall.stale')}` : ''}
          </span>
        </footer>
      </div>
    </ConfigProvider>
  );
}

/** The charts fill a 1080-pixel-high screen between the tiles and the strip. */
const WALL_CHART_HEIGHT = 560;

const HEADLINES = ['members.approved', 'units.confirmed', 'orders.rated', 'orders.overdue', 'wishes.fulfilled', 'key.covered.true'] as const;

function WallBody({ data }: { data: DashboardDto }) {
  const { t } = useI18n();
  const figureLabel = useFigureLabel();
  const value = (key: string) => data.figures.find((f) => f.key === key)?.value;
  const keyAll = value('key.all') ?? 0;
  const waiting = ['members.submitted', 'orders.submitted', 'topics.proposed', 'tasks.open', 'tasks.overdue', 'mediation.intake', 'mediation.mediating'];
  return (
    <main className="dash-wall-body">
      <section className="dash-wall-tiles">
        {HEADLINES.map((key) => (
          <Tile key={key} label={figureLabel(key)} testId={`wall-figure-${key}`} alert={key === 'orders.overdue' && (value(key) ?? 0) > 0}>
            {value(key) ?? '—'}
          </Tile>
        ))}
        <Tile label={t('dashboard.wall.coverage')} testId="wall-coverage">
          {percentOf(value('key.covered.true') ?? 0, keyAll)}
        </Tile>
        <Tile label={t('dashboard.satisfaction')} testId="wall-satisfaction">
          {data.satisfaction.average ?? '—'}
          <small> / 5</small>
        </Tile>
      </section>

      <section className="dash-wall-charts">
        <Panel title={t('dashboard.chart.orders')}>
          <OrdersChart rows={data.ordersByMonth} dark testId="wall-orders" height={WALL_CHART_HEIGHT} />
        </Panel>
        <Panel title={t('dashboard.chart.children')}>
          <ChildrenChart items={data.children} dark testId="wall-children" height={WALL_CHART_HEIGHT} />
        </Panel>
        <Panel title={data.grades.year ? t('dashboard.chart.grades', { year: data.grades.year }) : t('dashboard.chart.gradesNone')}>
          <GradesChart grades={data.grades} dark testId="wall-grades" height={WALL_CHART_HEIGHT} />
        </Panel>
      </section>

      <section className="dash-wall-strip">
        <Small label={t('dashboard.toAccept')} testId="wall-toAccept">
          {data.hours.toAccept ?? '—'} {t('dashboard.hoursUnit')}
        </Small>
        <Small label={t('dashboard.toFinish')} testId="wall-toFinish">
          {data.hours.toFinish ?? '—'} {t('dashboard.hoursUnit')}
        </Small>
        <Small label={t('dashboard.points.issued')} testId="wall-pointsIssued">
          {data.points.issued}
        </Small>
        <Small label={t('dashboard.points.redeemed')} testId="wall-pointsRedeemed">
          {data.points.redeemed}
        </Small>
        {waiting.map((key) => (
          <Small key={key} label={figureLabel(key)} testId={`wall-figure-${key}`}>
            {value(key) ?? '—'}
          </Small>
        ))}
      </section>
    </main>
  );
}

function Tile({ label, testId, alert, children }: { label: string; testId: string; alert?: boolean; children: ReactNode }) {
  return (
    <div className={alert ? 'dash-wall-tile dash-wall-alert' : 'dash-wall-tile'} data-testid={testId}>
      <div className="dash-wall-tile-label">{label}</div>
      <div className="dash-wall-tile-value">{children}</div>
    </div>
  );
}

function Small({ label, testId, children }: { label: string; testId: string; children: ReactNode }) {
  return (
    <div className="dash-wall-small" data-testid={testId}>
      <span>{label}</span>
      <strong>{children}</strong>
    </div>
  );
}

function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="dash-wall-panel">
      <h2>{title}</h2>
      {children}
    </div>
  );
}
