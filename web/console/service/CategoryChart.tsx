import { Empty } from 'antd';
import { useMemo } from 'react';
import { ORDER_CATEGORY_LABELS } from '#contracts/labels.js';
import type { OrderSummaryDto } from '#contracts/orders.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useEChart } from '../shared/useEChart.js';

/** Orders by category: what residents ask for most. */
export function CategoryChart({ byCategory }: { byCategory: OrderSummaryDto['byCategory'] }) {
  const { t, label } = useI18n();
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      series: [
        {
          name: t('summary.orders'),
          type: 'pie',
          radius: ['35%', '65%'],
          center: ['50%', '50%'],
          data: byCategory.map((c) => ({ name: label(ORDER_CATEGORY_LABELS[c.category]), value: c.count })),
        },
      ],
    }),
    [byCategory, label, t],
  );
  const element = useEChart(option);
  return (
    <div style={{ position: 'relative' }}>
      <div ref={element} data-testid="summary-category-chart" style={{ width: '100%', height: 280 }} />
      {byCategory.length === 0 && <Empty style={{ position: 'absolute', inset: '80px 0 0', margin: 0 }} description={t('summary.noOrders')} />}
    </div>
  );
}
