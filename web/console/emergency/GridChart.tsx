import { Empty } from 'antd';
import { useMemo } from 'react';
import type { RollCallGrid } from '../../api/emergency.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useEChart } from '../shared/useEChart.js';
import { ANSWER_COLORS, chartRows } from './emergencyFigures.js';

/** 点名 by grid: stacked bars of 马上到 / 稍后到 / 无法到 / 未回复, the grids with most silence on top. */
export function GridChart({ grids }: { grids: RollCallGrid[] }) {
  const { t } = useI18n();
  const rows = useMemo(() => chartRows(grids), [grids]);
  const option = useMemo(() => {
    const bar = (name: string, data: number[], color: string) => ({ name, type: 'bar', stack: 'answers', data, itemStyle: { color }, barMaxWidth: 22 });
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: rows.names, axisLabel: { width: 140, overflow: 'truncate' } },
      series: [
        bar(t('emergency.answer.now'), rows.now, ANSWER_COLORS.now),
        bar(t('emergency.answer.later'), rows.later, ANSWER_COLORS.later),
        bar(t('emergency.answer.cannot'), rows.cannot, ANSWER_COLORS.cannot),
        bar(t('emergency.answer.silent'), rows.silent, ANSWER_COLORS.silent),
      ],
    };
  }, [rows, t]);
  const element = useEChart(option);
  // Tall enough for every grid to have its row.
  const height = Math.max(220, 48 + rows.names.length * 28);
  return (
    <div style={{ position: 'relative' }}>
      <div ref={element} data-testid="emergency-grid-chart" data-grids={rows.names.length} style={{ width: '100%', height }} />
      {grids.length === 0 && <Empty style={{ position: 'absolute', inset: '60px 0 0', margin: 0 }} description={t('emergency.chart.empty')} />}
    </div>
  );
}
