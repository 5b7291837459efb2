import { Tag } from 'antd-mobile';
import { ORDER_STATUS_LABELS, type OrderStatus } from '#contracts/labels.js';
import { useI18n } from '../../i18n/I18nProvider.js';

const COLORS: Record<OrderStatus, string> = {
  submitted: 'warning',
  dispatched: 'primary',
  open: '#13a8a8',
  accepted: 'primary',
  finished: '#722ed1',
  rated: 'success',
  cancelled: 'default',
};

export function OrderStatusTag({ status, testId }: { status: OrderStatus; testId?: string }) {
  const { label } = useI18n();
  return (
    <Tag color={COLORS[status]} fill="outline" data-testid={testId}>
      {label(ORDER_STATUS_LABELS[status])}
    </Tag>
  );
}

export function OverdueTag({ overdue }: { overdue: boolean }) {
  const { t } = useI18n();
  return overdue ? (
    <Tag color="danger" data-testid="order-overdue">
      {t('orders.overdue')}
    </Tag>
  ) : null;
}
