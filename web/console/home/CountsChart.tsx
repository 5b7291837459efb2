import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only the pieces the bar chart needs, so the chart chunk stays small.
echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export type Bar = { label: string; value: number };

export function CountsChart({ bars, color }: { bars: Bar[]; color: string }) {
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
    chart.current?.setOption({
      color: [color],
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 16, top: 16, bottom: 32 },
      xAxis: { type: 'category', data: bars.map((b) => b.label), axisTick: { alignWithLabel: true } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: bars.map((b) => b.value), barMaxWidth: 48, label: { show: true, position: 'top' } }],
    });
  }, [bars, color]);

  return <div ref={element} data-testid="counts-chart" style={{ width: '100%', height: 280 }} />;
}
