import { Button, Card, Divider, Flex, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import type { OrderDto } from '#contracts/orders.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { CancelModal } from './CancelModal.js';
import { MatchList } from './MatchList.js';
import { UnitDispatch } from './UnitDispatch.js';
import { useOrderStep } from './useOrderStep.js';

/** 社区派单: to a ranked member, to a registered unit, into the pool; or cancel. Only what `actions` allows. */
export function DispatchPanel({ order }: { order: OrderDto }) {
  const { t } = useI18n();
  const step = useOrderStep();
  const [cancelling, setCancelling] = useState(false);
  const can = (action: OrderDto['actions'][number]) => order.actions.includes(action);

  return (
    <Card title={t('orders.dispatch.title')} size="small" data-testid="dispatch-panel">
      {can('dispatch') && (
        <>
          <MatchList order={order} />
          <Divider style={{ margin: '12px 0' }} />
          <UnitDispatch order={order} />
        </>
      )}
      <Flex wrap gap={8} justify="end" style={{ marginTop: 16 }}>
        <Space wrap>
          {can('pool') && (
            <Popconfirm
              title={t('orders.pool.confirm')}
              okText={t('common.ok')}
              cancelText={t('common.cancel')}
              onConfirm={() => step.run({ id: order.id, action: 'pool', body: undefined }, t('orders.pool.done'))}
            >
              <Button data-testid="order-pool" loading={step.pending === 'pool'}>
                {t('orders.pool')}
              </Button>
            </Popconfirm>
          )}
          {can('cancel') && (
            <Button danger data-testid="order-cancel" onClick={() => setCancelling(true)}>
              {t('orders.cancel')}
            </Button>
          )}
        </Space>
      </Flex>
      {cancelling && (
        <CancelModal
          pending={step.pending === 'cancel'}
          onClose={() => setCancelling(false)}
          onCancel={(reason) => step.run({ id: order.id, action: 'cancel', body: { reason } }, t('orders.cancel.done'))}
        />
      )}
    </Card>
  );
}
