import { Tag } from 'antd';
import { ORDER_CATEGORY_LABELS, ORDER_STATUS_LABELS, type OrderCategory, type OrderStatus } from '#contracts/labels.js';
import { useI18n } from '../../i18n/I18nProvider.js';

const STATUS_COLORS: Record<OrderStatus, string> = {
  submitted: 'gold',
  dispatched: 'processing',
  open: 'cyan',
  accepted: 'blue',
  finished: 'purple',
  rated: 'success',
  cancelled: 'default',
};

export function OrderStatusTag({ status, testId }: { status: OrderStatus; testId?: string }) {
  const { label } = useI18n();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={testId}>
      {label(ORDER_STATUS_LABELS[status])}
    </Tag>
  );
}

export function OrderCategoryTag({ category }: { category: OrderCategory }) {
  const { label } = useI18n();
  return <Tag>{label(ORDER_CATEGORY_LABELS[category])}</Tag>;
}

/** Past its time limit to be taken or finished. */
export function OverdueTag({ overdue }: { overdue: boolean }) {
  const { t } = useI18n();
  return overdue ? (
    <Tag color="error" data-testid="order-overdue">
      {t('orders.overdue')}
    </Tag>
  ) : null;
}
