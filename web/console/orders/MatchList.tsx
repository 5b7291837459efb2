import { Button, Empty, Flex, Popconfirm, Spin, Tag, Typography } from 'antd';
import type { MatchDto, OrderDto } from '#contracts/orders.js';
import { useOrderMatches } from '../../api/orders.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useOrderStep } from './useOrderStep.js';

/** 精准匹配: the community's members ranked for this order, each with why, and a button to dispatch to them. */
export function MatchList({ order }: { order: OrderDto }) {
  const { t } = useI18n();
  const matches = useOrderMatches(order.id, true);

  return (
    <Flex vertical gap={8} data-testid="order-matches">
      <div>
        <Typography.Text strong>{t('orders.dispatch.matches')}</Typography.Text>
        <br />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('orders.dispatch.matches.hint')}
        </Typography.Text>
      </div>
      {matches.isPending ? (
        <Spin />
      ) : matches.isError ? (
        <Typography.Text type="danger">{t('common.loadFailed')}</Typography.Text>
      ) : matches.data.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orders.dispatch.matches.empty')} />
      ) : (
        matches.data.map((m, i) => <MatchRow key={m.member.id} order={order} match={m} rank={i + 1} />)
      )}
    </Flex>
  );
}

function MatchRow({ order, match: m, rank }: { order: OrderDto; match: MatchDto; rank: number }) {
  const { t, label } = useI18n();
  const step = useOrderStep();
  return (
    <Flex
      justify="space-between"
      align="center"
      gap={8}
      style={{ padding: '8px 12px', border: '1px solid #f0f0f0', borderRadius: 6 }}
      data-testid={`match-${m.member.id}`}
    >
      <Flex vertical gap={4} style={{ minWidth: 0 }}>
        <Flex gap={8} align="baseline" wrap>
          <Typography.Text type="secondary">{rank}.</Typography.Text>
          <Typography.Text strong data-testid="match-name">
            {m.member.name}
          </Typography.Text>
          <Typography.Text type="secondary">{t('orders.dispatch.score', { score: m.score })}</Typography.Text>
        </Flex>
        <Flex wrap gap={4}>
          {m.reasons.map((r) => (
            <Tag key={r['zh-CN']} color="red" variant="outlined" style={{ marginInlineEnd: 0 }}>
              {label(r)}
            </Tag>
          ))}
        </Flex>
      </Flex>
      <Popconfirm
        title={t('orders.dispatch.confirm', { name: m.member.name })}
        okText={t('orders.dispatch.toMember')}
        cancelText={t('common.cancel')}
        onConfirm={() => step.run({ id: order.id, action: 'dispatch', body: { to: { kind: 'member', id: m.member.id } } }, t('orders.dispatch.done'))}
      >
        <Button type="primary" size="small" loading={step.pending === 'dispatch'} data-testid={`dispatch-member-${m.member.id}`}>
          {t('orders.dispatch.toMember')}
        </Button>
      </Popconfirm>
    </Flex>
  );
}
