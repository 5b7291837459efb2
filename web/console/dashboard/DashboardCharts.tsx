import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty } from 'antd';
import * as echarts from 'echarts/core';
import { type ReactNode, useEffect, useMemo, useRef } from 'react';
import type { DashboardDto } from '#contracts/dashboard.js';
import { GRADE_LABELS, GRADES } from '#contracts/evaluation.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useEChart } from '../shared/useEChart.js';

// The dashboard's charts, on the console (light) and on the wall (dark). Each can be saved as a PNG.

export const CHART_COLORS = { submitted: '#c8161d', finished: '#52c41a', registered: '#c8161d', key: '#faad14', covered: '#1677ff' };
const GRADE_COLORS = ['#c8161d', '#1677ff', '#faad14', '#8c8c8c'];

/** Text and line colours of a chart on a light or a dark page. */
const look = (dark: boolean) => {
  const text = dark ? '#d6e4ff' : '#595959';
  const line = dark ? 'rgba(214, 228, 255, 0.25)' : '#e8e8e8';
  return {
    textStyle: { color: text, fontSize: dark ? 16 : 12 },
    /** Numbers on the bars: plain text, no outline on the dark page. */
    barLabel: { show: true, position: 'top', color: text, fontSize: dark ? 15 : 12, textBorderWidth: 0 },
    legend: { textStyle: { color: text, fontSize: dark ? 16 : 12 } },
    zoom: { textStyle: { color: text }, borderColor: line },
    axis: {
      axisLabel: { color: text, fontSize: dark ? 15 : 12 },
      axisLine: { lineStyle: { color: line } },
      splitLine: { lineStyle: { color: line } },
    },
  };
};

/**
 * An ECharts chart that picks a category on a click (anywhere in its band, or on its axis label) and
 * saves itself as a PNG. The instance is the one `useEChart` made on the element (its effects run first).
 */
function useDashChart(option: echarts.EChartsCoreOption, onCategory?: (index: number) => void, categories: readonly string[] = []) {
  const element = useEChart(option);
  const pick = useRef({ onCategory, categories });
  useEffect(() => {
    pick.current = { onCategory, categories };
  }, [onCategory, categories]);
  useEffect(() => {
    const chart = element.current ? echarts.getInstanceByDom(element.current) : undefined;
    if (!chart) return;
    // A click in the plot: the category under it, bar or not (small places have small bars).
    const onPlot = (e: { offsetX: number; offsetY: number }) => {
      const { onCategory: choose, categories: names } = pick.current;
      if (!choose || !chart.containPixel({ gridIndex: 0 }, [e.offsetX, e.offsetY])) return;
      const at = chart.convertFromPixel({ gridIndex: 0 }, [e.offsetX, e.offsetY]) as unknown;
      const index = Array.isArray(at) ? Math.round(Number(at[0])) : Number.NaN;
      if (index >= 0 && index < names.length) choose(index);
    };
    // A click on a category's name under the plot.
    const onLabel = (params: { componentType?: string; value?: unknown }) => {
      const { onCategory: choose, categories: names } = pick.current;
      if (!choose || params.componentType !== 'xAxis') return;
      const index = names.indexOf(String(params.value));
      if (index >= 0) choose(index);
    };
    const zr = chart.getZr();
    zr.on('click', onPlot);
    chart.on('click', onLabel);
    return () => {
      if (chart.isDisposed()) return;
      zr.off('click', onPlot);
      chart.off('click', onLabel);
    };
  }, [element]);

  const savePng = (name: string, background: string) => {
    const chart = element.current ? echarts.getInstanceByDom(element.current) : undefined;
    if (!chart) return;
    const link = document.createElement('a');
    link.href = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: background });
    link.download = `${name}.png`;
    link.style.display = 'none';
    document.body.append(link);
    link.click();
    link.remove();
  };
  return { element, savePng };
}

/** Places shown at once before the slider takes over. */
const ZOOM_WINDOW = 16;

type ChartProps = { dark?: boolean; height?: number; testId: string };

/** A card with the chart and its 导出图片 button (the console); the wall draws the chart alone. */
export function ChartCard({ title, extra, testId, children }: { title: ReactNode; extra?: ReactNode; testId: string; children: ReactNode }) {
  return (
    <Card size="small" title={title} extra={extra} data-testid={`chart-card-${testId}`} style={{ height: '100%' }}>
      {children}
    </Card>
  );
}

function ExportButton({ onClick, testId }: { onClick: () => void; testId: string }) {
  const { t } = useI18n();
  return (
    <Button size="small" type="text" icon={<DownloadOutlined />} onClick={onClick} data-testid={`chart-export-${testId}`}>
      {t('dashboard.exportImage')}
    </Button>
  );
}

/** How the chart draws and, on the console, the card it sits in. */
function Frame({
  title,
  testId,
  dark,
  height,
  save,
  element,
  extra,
}: {
  title?: ReactNode;
  testId: string;
  dark: boolean;
  height: number;
  save: () => void;
  element: ReturnType<typeof useEChart>;
  extra?: ReactNode;
}) {
  const chart = <div ref={element} data-testid={`chart-${testId}`} style={{ width: '100%', height }} />;
  if (dark) return chart;
  return (
    <ChartCard
      title={title}
      testId={testId}
      extra={
        <>
          {extra}
          <ExportButton onClick={save} testId={testId} />
        </>
      }
    >
      {chart}
    </ChartCard>
  );
}

const background = (dark: boolean) => (dark ? '#0b1a33' : '#ffffff');

/** 每月工单: submitted against finished, month by month. */
export function OrdersChart(props: ChartProps & { rows: DashboardDto['ordersByMonth']; title?: ReactNode }) {
  const { t } = useI18n();
  // The chart mounts only with data: ECharts needs its element when it starts.
  if (props.rows.length === 0 && !props.dark) {
    return (
      <ChartCard title={props.title ?? t('dashboard.chart.orders')} testId={props.testId}>
        <Empty description={t('dashboard.chart.empty')} data-testid={`chart-${props.testId}-empty`} />
      </ChartCard>
    );
  }
  return <OrdersBars {...props} />;
}

function OrdersBars({ rows, dark = false, height = 300, testId, title }: ChartProps & { rows: DashboardDto['ordersByMonth']; title?: ReactNode }) {
  const { t } = useI18n();
  const option = useMemo(() => {
    const l = look(dark);
    return {
      color: [CHART_COLORS.submitted, CHART_COLORS.finished],
      textStyle: l.textStyle,
      tooltip: { trigger: 'axis' },
      legend: { top: 0, ...l.legend },
      grid: { left: 48, right: 16, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: rows.map((r) => r.month), axisTick: { alignWithLabel: true }, ...l.axis },
      yAxis: { type: 'value', minInterval: 1, ...l.axis },
      series: [
        {
          name: t('dashboard.chart.submitted'),
          type: 'bar',
          barMaxWidth: 32,
          data: rows.map((r) => r.submitted),
          label: { ...l.barLabel, show: rows.length <= 12 },
        },
        {
          name: t('dashboard.chart.finished'),
          type: 'bar',
          barMaxWidth: 32,
          data: rows.map((r) => r.finished),
          label: { ...l.barLabel, show: rows.length <= 12 },
        },
      ],
    };
  }, [rows, dark, t]);
  const { element, savePng } = useDashChart(option);
  return (
    <Frame
      title={title ?? t('dashboard.chart.orders')}
      testId={testId}
      dark={dark}
      height={height}
      element={element}
      save={() => savePng(t('dashboard.chart.orders'), background(dark))}
    />
  );
}

/** 下级对比: members registered, key households and those paired, per place below; a click drills in. */
export function ChildrenChart({
  items,
  dark = false,
  height = 320,
  testId,
  onPick,
  title,
}: ChartProps & { items: DashboardDto['children']; onPick?: (index: number) => void; title?: ReactNode }) {
  const { t } = useI18n();
  const names = useMemo(() => items.map((c) => c.place.name), [items]);
  const option = useMemo(() => {
    const l = look(dark);
    const many = items.length > 8;
    const zoom = items.length > ZOOM_WINDOW;
    return {
      color: [CHART_COLORS.registered, CHART_COLORS.key, CHART_COLORS.covered],
      textStyle: l.textStyle,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, ...l.legend },
      grid: { left: 48, right: 16, top: 40, bottom: (many ? 64 : 32) + (zoom ? 28 : 0) },
      // Many places (a street's communities and villages): the first ones, the rest by the slider.
      ...(zoom ? { dataZoom: [{ type: 'slider', height: 18, bottom: 6, startValue: 0, endValue: ZOOM_WINDOW - 1, ...l.zoom }] } : {}),
      xAxis: {
        type: 'category',
        data: names,
        axisTick: { alignWithLabel: true },
        ...l.axis,
        axisLabel: { ...l.axis.axisLabel, interval: 0, rotate: many ? 30 : 0 },
        triggerEvent: true,
      },
      yAxis: { type: 'value', minInterval: 1, ...l.axis },
      series: [
        {
          name: t('dashboard.chart.registered'),
          type: 'bar',
          barMaxWidth: 28,
          data: items.map((c) => c.membersRegistered),
          cursor: onPick ? 'pointer' : 'default',
        },
        {
          name: t('dashboard.chart.keyHouseholds'),
          type: 'bar',
          barMaxWidth: 28,
          data: items.map((c) => c.keyHouseholds),
          cursor: onPick ? 'pointer' : 'default',
        },
        { name: t('dashboard.chart.covered'), type: 'bar', barMaxWidth: 28, data: items.map((c) => c.covered), cursor: onPick ? 'pointer' : 'default' },
      ],
    };
  }, [items, names, dark, t, onPick]);
  const { element, savePng } = useDashChart(option, onPick, names);
  return (
    <Frame
      title={title ?? t('dashboard.chart.children')}
      testId={testId}
      dark={dark}
      height={height}
      element={element}
      save={() => savePng(t('dashboard.chart.children'), background(dark))}
    />
  );
}

/** 评价等次: the last graded year's members by grade. */
export function GradesChart({ grades, dark = false, height = 300, testId, title }: ChartProps & { grades: DashboardDto['grades']; title?: ReactNode }) {
  const { t, label } = useI18n();
  const option = useMemo(() => {
    const l = look(dark);
    return {
      color: GRADE_COLORS,
      textStyle: l.textStyle,
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      legend: { bottom: 0, ...l.legend },
      series: [
        {
          type: 'pie',
          radius: ['35%', '65%'],
          center: ['50%', '45%'],
          label: { color: l.textStyle.color, fontSize: l.textStyle.fontSize, formatter: '{b} {c}' },
          data: GRADES.map((g) => ({ name: label(GRADE_LABELS[g]), value: grades.byGrade[g] ?? 0 })),
        },
      ],
    };
  }, [grades, dark, label]);
  const { element, savePng } = useDashChart(option);
  const name = grades.year ? t('dashboard.chart.grades', { year: grades.year }) : t('dashboard.chart.gradesNone');
  return <Frame title={title ?? name} testId={testId} dark={dark} height={height} element={element} save={() => savePng(name, background(dark))} />;
}
