import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** One bar group: a street or community, with its two registration rates in percent (null: nobody to count). */
export type RateBar = { label: string; members: number | null; units: number | null };

type Props = { bars: RateBar[]; membersName: string; unitsName: string };

/** 报到率 of members and units side by side, 0–100 %. */
export function CoverageChart({ bars, membersName, unitsName }: Props) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current);
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
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
      },
      { notMerge: true },
    );
  }, [bars, membersName, unitsName]);

  return <div ref={element} data-testid="coverage-chart" style={{ width: '100%', height: 300 }} />;
}
