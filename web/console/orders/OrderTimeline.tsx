import { Empty, Flex, Timeline, Typography } from 'antd';
import { ORDER_STATUS_LABELS } from '#contracts/labels.js';
import type { OrderDetailDto, OrderEventDto } from '#contracts/orders.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { OrderPhotos } from './OrderFacts.js';

const COLORS: Partial<Record<OrderEventDto['action'], string>> = {
  decline: 'red',
  cancel: 'gray',
  reopen: 'red',
  escalate: 'red',
  finish: 'green',
  rate: 'green',
};

/** Each step as it happened: what, who, when, what they wrote and the photos they added. */
export function OrderTimeline({ order }: { order: OrderDetailDto }) {
  const { t, label } = useI18n();
  if (order.timeline.length === 0) return <Empty description={t('orders.timeline.empty')} />;
  return (
    <Timeline
      items={order.timeline.map((e) => ({
        key: `${e.at}-${e.action}`,
        color: COLORS[e.action] ?? 'blue',
        content: (
          <Flex vertical gap={4} data-testid={`order-event-${e.action}`}>
            <Typography.Text strong>
              {t(`orders.event.${e.action}`)}
              <Typography.Text type="secondary" style={{ fontWeight: 'normal', marginLeft: 8 }}>
                → {label(ORDER_STATUS_LABELS[e.status])}
              </Typography.Text>
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {e.actor} · {formatTime(e.at)}
            </Typography.Text>
            {e.text && <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{e.text}</Typography.Text>}
            {e.photos.length > 0 && <OrderPhotos orderId={order.id} photos={e.photos} size={64} />}
          </Flex>
        ),
      }))}
    />
  );
}
