import { List } from 'antd-mobile';
import { useNavigate } from 'react-router-dom';
import { ORDER_CATEGORY_LABELS } from '#contracts/labels.js';
import type { OrderDto } from '#contracts/orders.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { OrderStatusTag, OverdueTag } from './OrderStatus.js';

/** One order in a list: kind, status, the start of the description, when; overdue ones carry a red edge. */
export function OrderCard({ order: o }: { order: OrderDto }) {
  const { label } = useI18n();
  const navigate = useNavigate();
  return (
    <List.Item
      className={o.overdue ? 'order-overdue' : undefined}
      data-testid={`order-card-${o.id}`}
      onClick={() => navigate(`/m/orders/${o.id}`)}
      description={
        <>
          <div className="order-desc">{o.description}</div>
          <div className="phone-time">
            {formatTime(o.createdAt)} · {o.community.name}
          </div>
        </>
      }
    >
      <div className="order-head">
        <span className="phone-strong">{label(ORDER_CATEGORY_LABELS[o.category])}</span>
        <OrderStatusTag status={o.status} testId={`order-card-status-${o.id}`} />
        <OverdueTag overdue={o.overdue} />
      </div>
    </List.Item>
  );
}
