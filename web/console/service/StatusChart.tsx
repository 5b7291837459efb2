import { useMemo } from 'react';
import { ORDER_STATUS_LABELS } from '#contracts/labels.js';
import type { OrderSummaryDto } from '#contracts/orders.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useEChart } from '../shared/useEChart.js';

/** Orders by status, in the flow's order. */
export function StatusChart({ byStatus }: { byStatus: OrderSummaryDto['byStatus'] }) {
  const { t, label } = useI18n();
  const option = useMemo(
    () => ({
      color: ['#c8161d'],
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 16, top: 16, bottom: 40 },
      xAxis: { type: 'category', data: byStatus.map((s) => label(ORDER_STATUS_LABELS[s.status])), axisLabel: { interval: 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: t('summary.orders'), type: 'bar', data: byStatus.map((s) => s.count), barMaxWidth: 36 }],
    }),
    [byStatus, label, t],
  );
  const element = useEChart(option);
  return <div ref={element} data-testid="summary-status-chart" style={{ width: '100%', height: 280 }} />;
}
