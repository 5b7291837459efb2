import { Alert, Card, Descriptions, Flex, Image, Rate, Space, Tag, Typography } from 'antd';
import type { OrderDetailDto } from '#contracts/orders.js';
import { handlerName, orderPhotoUrl } from '../../api/orders.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { can } from '../capabilities.js';
import { RatingReview } from '../service/RatingReview.js';
import { OrderStatusTag, OverdueTag } from './OrderTags.js';

/** What was asked, for whom, who has it, by when, and how it was rated. */
export function OrderFacts({ order: o }: { order: OrderDetailDto }) {
  const { t } = useI18n();
  const { role } = useCurrentSession().account;
  const none = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const assignee = o.assignee ? handlerName({ doer: null, assignee: o.assignee }, t) : null;

  return (
    <Card title={t('orders.facts')} size="small" data-testid="order-facts">
      <Flex vertical gap={12}>
        <Typography.Paragraph style={{ margin: 0, fontSize: 15, whiteSpace: 'pre-wrap' }} data-testid="order-description">
          {o.description}
        </Typography.Paragraph>
        {o.photos.length > 0 && <OrderPhotos orderId={o.id} photos={o.photos} />}
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'status',
              label: t('orders.field.status'),
              children: (
                <Space size={4} wrap>
                  <OrderStatusTag status={o.status} />
                  <OverdueTag overdue={o.overdue} />
                  {o.reopened && <Tag>{t('orders.reopened')}</Tag>}
                </Space>
              ),
            },
            { key: 'community', label: t('orders.field.community'), children: o.community.name },
            {
              key: 'household',
              label: t('orders.field.household'),
              children: (
                <Space size={4} wrap>
                  {o.household.address}
                  {o.onBehalf && <Tag color="orange">{t('orders.onBehalf')}</Tag>}
                </Space>
              ),
            },
            { key: 'createdAt', label: t('orders.field.createdAt'), children: formatTime(o.createdAt) },
            { key: 'assignee', label: t('orders.field.assignee'), children: <span data-testid="order-assignee">{assignee ?? none}</span> },
            { key: 'doer', label: t('orders.field.doer'), children: <span data-testid="order-doer">{o.doer?.name ?? none}</span> },
            { key: 'dueAt', label: t('orders.field.dueAt'), children: o.dueAt ? formatTime(o.dueAt) : none },
            {
              key: 'rating',
              label: t('orders.field.rating'),
              children: o.rating ? (
                <Space size={8} wrap data-testid="order-rating">
                  <Rate disabled value={o.rating.score} style={{ fontSize: 16 }} />
                  <span>{t('orders.stars', { score: o.rating.score })}</span>
                  {o.rating.comment && <Typography.Text>{o.rating.comment}</Typography.Text>}
                </Space>
              ) : (
                none
              ),
            },
          ]}
        />
        {o.rating?.flagged && (
          <Alert
            type="warning"
            showIcon
            title={t('orders.rating.flagged')}
            action={can.dispatchOrders(role) && <RatingReview orderId={o.id} />}
            data-testid="order-rating-flagged"
          />
        )}
      </Flex>
    </Card>
  );
}

/** Thumbnails that open a preview; the server checks the caller may see the order. */
export function OrderPhotos({ orderId, photos, size = 96 }: { orderId: number; photos: number[]; size?: number }) {
  const { t } = useI18n();
  return (
    <Image.PreviewGroup>
      <Space wrap size={8} data-testid="order-photos" aria-label={t('orders.field.photos')}>
        {photos.map((fileId) => (
          <Image key={fileId} src={orderPhotoUrl(orderId, fileId)} width={size} height={size} style={{ objectFit: 'cover', borderRadius: 4 }} alt="" />
        ))}
      </Space>
    </Image.PreviewGroup>
  );
}
