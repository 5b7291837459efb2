import { useMemo } from 'react';
import { useEChart } from '../shared/useEChart.js';

export type Bar = { label: string; value: number };

export function CountsChart({ bars, color }: { bars: Bar[]; color: string }) {
  const option = useMemo(
    () => ({
      color: [color],
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 16, top: 16, bottom: 32 },
      xAxis: { type: 'category', data: bars.map((b) => b.label), axisTick: { alignWithLabel: true } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: bars.map((b) => b.value), barMaxWidth: 48, label: { show: true, position: 'top' } }],
    }),
    [bars, color],
  );
  const element = useEChart(option);
  return <div ref={element} data-testid="counts-chart" style={{ width: '100%', height: 280 }} />;
}
