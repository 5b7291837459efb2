import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Result, Row, Space, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.js';
import { useOrder } from '../../api/orders.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { can } from '../capabilities.js';
import { NotFound } from '../layout/NotFound.js';
import { PageSpin } from '../layout/PageSpin.js';
import { DispatchPanel } from './DispatchPanel.js';
import { OrderFacts } from './OrderFacts.js';
import { OrderCategoryTag, OrderStatusTag, OverdueTag } from './OrderTags.js';
import { OrderTimeline } from './OrderTimeline.js';
import { UnitClaimButton } from './UnitClaimButton.js';

/** One order: its facts, photos and timeline; for admins the dispatch panel with the ranked members. */
export function OrderDetailPage() {
  const { t } = useI18n();
  const { role } = useCurrentSession().account;
  const id = Number(useParams().id);
  const order = useOrder(id);

  if (!Number.isInteger(id) || id <= 0) return <NotFound />;
  if (order.isPending) return <PageSpin />;
  if (order.isError) {
    if (order.error instanceof ApiError && order.error.status === 404) return <NotFound />;
    return <Result status="warning" title={t('common.loadFailed')} extra={<Button onClick={() => void order.refetch()}>{t('common.retry')}</Button>} />;
  }
  const o = order.data;
  // Admins act on waiting orders (派单) and may still cancel one being served.
  const dispatcher = can.dispatchOrders(role) && o.actions.some((a) => a === 'dispatch' || a === 'pool' || a === 'cancel');

  return (
    <Flex vertical gap={16} data-testid="order-detail">
      <Space align="center" wrap>
        <Link to="/orders">
          <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('orders.back')} />
        </Link>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('orders.detail.title', { id: o.id })}
        </Typography.Title>
        <OrderCategoryTag category={o.category} />
        <OrderStatusTag status={o.status} testId="order-status" />
        <OverdueTag overdue={o.overdue} />
        <UnitClaimButton order={o} />
      </Space>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={dispatcher ? 14 : 24}>
          <Flex vertical gap={16}>
            <OrderFacts order={o} />
            <Card title={t('orders.timeline')} size="small" data-testid="order-timeline">
              <OrderTimeline order={o} />
            </Card>
          </Flex>
        </Col>
        {dispatcher && (
          <Col xs={24} xl={10}>
            <DispatchPanel order={o} />
          </Col>
        )}
      </Row>
    </Flex>
  );
}
