import { useMemo } from 'react';
import { useEChart } from '../shared/useEChart.js';

/** One bar group: a street or community, with its two registration rates in percent (null: nobody to count). */
export type RateBar = { label: string; members: number | null; units: number | null };

type Props = { bars: RateBar[]; membersName: string; unitsName: string };

/** 报到率 of members and units side by side, 0–100 %. */
export function CoverageChart({ bars, membersName, unitsName }: Props) {
  const option = useMemo(
    () => ({
      color: ['#c8161d', '#1677ff'],
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v}%` : '—') },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 36, bottom: 56 },
      xAxis: { type: 'category', data: bars.map((b) => b.label), axisLabel: { interval: 0, rotate: bars.length > 8 ? 30 : 0 } },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        { name: membersName, type: 'bar', data: bars.map((b) => b.members), barMaxWidth: 32 },
        { name: unitsName, type: 'bar', data: bars.map((b) => b.units), barMaxWidth: 32 },
      ],
    }),
    [bars, membersName, unitsName],
  );
  const element = useEChart(option);

  return <div ref={element} data-testid="coverage-chart" style={{ width: '100%', height: 300 }} />;
}
