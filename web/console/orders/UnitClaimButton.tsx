import { Button, Popconfirm } from 'antd';
import type { OrderDto } from '#contracts/orders.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useOrderStep } from './useOrderStep.js';

/** 按需认领: a unit secretary takes an open request for the unit's members to accept. */
export function UnitClaimButton({ order }: { order: OrderDto }) {
  const t = useT();
  const step = useOrderStep();
  if (!order.actions.includes('claim')) return null;
  return (
    <Popconfirm title={t('orders.claim.confirm')} onConfirm={() => step.run({ id: order.id, action: 'claim', body: undefined }, t('orders.event.claim'))}>
      <Button type="primary" loading={step.pending === 'claim'} data-testid="order-claim">
        {t('orders.claim')}
      </Button>
    </Popconfirm>
  );
}
