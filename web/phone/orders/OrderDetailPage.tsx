import { Button, Card, ErrorBlock, List, NavBar, NoticeBar, Rate, SpinLoading } from 'antd-mobile';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { ORDER_CATEGORY_LABELS } from '#contracts/labels.js';
import type { OrderDetailDto } from '#contracts/orders.js';
import { ApiError } from '../../api/client.js';
import { handlerName, useOrder } from '../../api/orders.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { OrderActions } from './OrderActions.js';
import { OrderStatusTag, OverdueTag } from './OrderStatus.js';
import { OrderSteps } from './OrderSteps.js';
import { PhonePhotos } from './PhonePhotos.js';
import { useBack } from './phoneBack.js';
import './orders.css';

/** One order on the phone: what, where, who, the buttons its `actions` allow, and the timeline. */
export function OrderDetailPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const order = useOrder(id);
  const back = useBack('/m/orders');
  // Kept above the page: a member who lost the race no longer sees the order, only why.
  const [failure, setFailure] = useState<string | null>(null);
  const gone = order.isError && order.error instanceof ApiError && order.error.status === 404;

  return (
    <div data-testid="order-page">
      <NavBar onBack={back}>{t('orders.phone.detail.title')}</NavBar>
      {failure && <NoticeBar data-testid="order-error" color="error" wrap content={failure} onClose={() => setFailure(null)} closeable />}
      {!Number.isInteger(id) || id <= 0 || gone ? (
        <ErrorBlock status="empty" title={t('orders.phone.notFound')} description={t('orders.phone.notFoundHint')} data-testid="order-not-found" />
      ) : order.isPending ? (
        <div className="phone-brand">
          <SpinLoading />
        </div>
      ) : order.isError ? (
        <ErrorBlock status="disconnected" title={t('common.loadFailed')} description={t('error.network')}>
          <Button color="primary" onClick={() => void order.refetch()}>
            {t('common.retry')}
          </Button>
        </ErrorBlock>
      ) : (
        <OrderBody order={order.data} onFailure={setFailure} />
      )}
    </div>
  );
}

function OrderBody({ order: o, onFailure }: { order: OrderDetailDto; onFailure: (text: string | null) => void }) {
  const { t, label } = useI18n();
  const handler = handlerName(o, t);
  return (
    <>
      <Card
        className="order-card"
        title={
          <div className="order-head">
            <span className="phone-strong">{label(ORDER_CATEGORY_LABELS[o.category])}</span>
            <OrderStatusTag status={o.status} testId="order-status" />
            <OverdueTag overdue={o.overdue} />
          </div>
        }
      >
        <div className="order-text" data-testid="order-description">
          {o.description}
        </div>
        {o.photos.length > 0 && <PhonePhotos orderId={o.id} photos={o.photos} />}
      </Card>

      <List mode="card" data-testid="order-facts">
        <List.Item extra={o.household.address}>{t('orders.field.household')}</List.Item>
        <List.Item extra={o.community.name}>{t('orders.field.community')}</List.Item>
        {handler && (
          <List.Item extra={<span data-testid="order-handler">{handler}</span>}>{o.doer ? t('orders.field.doer') : t('orders.field.assignee')}</List.Item>
        )}
        <List.Item extra={formatTime(o.createdAt)}>{t('orders.field.createdAt')}</List.Item>
        {o.dueAt && <List.Item description={t('orders.phone.due', { time: formatTime(o.dueAt) })}>{t('orders.field.dueAt')}</List.Item>}
        {o.rating && (
          <List.Item
            description={o.rating.comment || undefined}
            extra={<Rate readOnly value={o.rating.score} className="order-rate-small" aria-label={t('orders.stars', { score: o.rating.score })} />}
            data-testid="order-rating"
          >
            {t('orders.field.rating')}
          </List.Item>
        )}
      </List>

      <OrderActions order={o} onFailure={onFailure} />

      <Card className="order-card" title={t('orders.timeline')} data-testid="order-timeline">
        <OrderSteps order={o} />
      </Card>
    </>
  );
}
