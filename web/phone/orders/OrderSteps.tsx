import { Steps } from 'antd-mobile';
import type { OrderDetailDto } from '#contracts/orders.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { PhonePhotos } from './PhonePhotos.js';

/** The timeline, oldest first: the step, who and when, what they wrote, their photos. */
export function OrderSteps({ order }: { order: OrderDetailDto }) {
  const { t } = useI18n();
  if (order.timeline.length === 0) return <div className="phone-muted">{t('orders.timeline.empty')}</div>;
  return (
    <Steps direction="vertical" current={order.timeline.length - 1}>
      {order.timeline.map((e) => (
        <Steps.Step
          key={`${e.at}-${e.action}`}
          status={e.action === 'decline' || e.action === 'reopen' || e.action === 'escalate' ? 'error' : 'finish'}
          title={<span data-testid={`order-step-${e.action}`}>{t(`orders.event.${e.action}`)}</span>}
          description={
            <>
              <div>
                {e.actor} · {formatTime(e.at)}
              </div>
              {e.text && <div className="order-step-text">{e.text}</div>}
              {e.photos.length > 0 && <PhonePhotos orderId={order.id} photos={e.photos} size={64} />}
            </>
          }
        />
      ))}
    </Steps>
  );
}
