import { Button, Flex, Popconfirm, Select, Typography } from 'antd';
import { useState } from 'react';
import type { OrderDto } from '#contracts/orders.js';
import { useCommunityUnits } from '../../api/orders.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useOrderStep } from './useOrderStep.js';

/** 派给报到单位: a unit whose registration at the order's community is confirmed. */
export function UnitDispatch({ order }: { order: OrderDto }) {
  const { t } = useI18n();
  const units = useCommunityUnits(order.community.id, true);
  const step = useOrderStep();
  const [unitId, setUnitId] = useState<number>();
  // One unit may have registered more than once over the years.
  const options = [...new Map((units.data?.items ?? []).map((r) => [r.organization.id, { value: r.organization.id, label: r.organization.name }])).values()];
  const chosen = options.find((o) => o.value === unitId);

  return (
    <Flex vertical gap={8} data-testid="unit-dispatch">
      <Typography.Text strong>{t('orders.dispatch.unit')}</Typography.Text>
      <Flex gap={8}>
        <Select<number>
          data-testid="unit-dispatch-select"
          style={{ flex: 1, minWidth: 0 }}
          allowClear
          loading={units.isFetching}
          placeholder={t('orders.dispatch.unit.placeholder')}
          notFoundContent={t('orders.dispatch.unit.empty')}
          value={unitId}
          onChange={setUnitId}
          options={options}
        />
        <Popconfirm
          title={t('orders.dispatch.confirm', { name: chosen?.label ?? '' })}
          okText={t('orders.dispatch.unit.send')}
          cancelText={t('common.cancel')}
          disabled={!chosen}
          onConfirm={() =>
            chosen && step.run({ id: order.id, action: 'dispatch', body: { to: { kind: 'unit', id: chosen.value } } }, t('orders.dispatch.done'))
          }
        >
          <Button disabled={!chosen} loading={step.pending === 'dispatch'} data-testid="unit-dispatch-send">
            {t('orders.dispatch.unit.send')}
          </Button>
        </Popconfirm>
      </Flex>
    </Flex>
  );
}
