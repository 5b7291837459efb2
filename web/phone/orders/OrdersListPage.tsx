import { PlusOutlined } from '@ant-design/icons';
import { Button, ErrorBlock, InfiniteScroll, List, NavBar, PullToRefresh, SpinLoading, Tabs } from 'antd-mobile';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useOrderFeed } from '../../api/orders.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/translate.js';
import { OrderCard } from './OrderCard.js';
import './orders.css';

type View = 'all' | 'pool' | 'mine';

/** A resident's own requests; a member's 抢单 (open in their communities) and 我的 (dispatched to or done by them). */
export function OrdersListPage() {
  const { t } = useI18n();
  const { role } = useCurrentSession().account;
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const member = role === 'member';
  const resident = role === 'resident';
  const view: View = member ? (params.get('tab') === 'mine' ? 'mine' : 'pool') : 'all';

  return (
    <div data-testid="orders-page">
      <NavBar
        onBack={() => navigate('/m')}
        right={
          resident && (
            <Button size="small" fill="none" color="primary" onClick={() => navigate('/m/orders/new')} data-testid="orders-new" aria-label={t('orders.me.new')}>
              <PlusOutlined style={{ fontSize: 20 }} />
            </Button>
          )
        }
      >
        {resident ? t('orders.phone.mine.title') : t('orders.phone.list.title')}
      </NavBar>
      {member && (
        <Tabs activeKey={view} onChange={(key) => setParams({ tab: key }, { replace: true })} data-testid="orders-tabs">
          <Tabs.Tab key="pool" title={t('orders.phone.tab.pool')} />
          <Tabs.Tab key="mine" title={t('orders.phone.tab.mine')} />
        </Tabs>
      )}
      <OrderFeed key={view} view={view} resident={resident} />
    </div>
  );
}

const EMPTY: Record<View, [MessageKey, MessageKey | null]> = {
  pool: ['orders.phone.empty.pool', 'orders.phone.empty.poolHint'],
  mine: ['orders.phone.empty.mine', 'orders.phone.empty.mineHint'],
  all: ['orders.phone.empty.all', null],
};

function OrderFeed({ view, resident }: { view: View; resident: boolean }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const feed = useOrderFeed(view);
  const items = feed.data?.pages.flatMap((p) => p.items) ?? [];
  const [title, hint] = resident ? (['orders.phone.empty.resident', 'orders.phone.empty.residentHint'] as const) : EMPTY[view];

  if (feed.isPending) {
    return (
      <div className="phone-brand">
        <SpinLoading />
      </div>
    );
  }
  if (feed.isError) {
    return (
      <ErrorBlock status="disconnected" title={t('common.loadFailed')} description={t('error.network')}>
        <Button color="primary" onClick={() => void feed.refetch()}>
          {t('common.retry')}
        </Button>
      </ErrorBlock>
    );
  }
  if (items.length === 0) {
    return (
      <div data-testid="orders-empty">
        <ErrorBlock status="empty" title={t(title)} description={hint ? t(hint) : null} />
        {resident && (
          <div className="order-actions">
            <Button block color="primary" size="large" onClick={() => navigate('/m/orders/new')}>
              {t('orders.me.new')}
            </Button>
          </div>
        )}
      </div>
    );
  }
  // Pull down to see what was opened to claim since.
  return (
    <PullToRefresh onRefresh={() => feed.refetch().then(() => undefined)}>
      <List mode="card" data-testid="orders-list">
        {items.map((o) => (
          <OrderCard key={o.id} order={o} />
        ))}
      </List>
      <InfiniteScroll loadMore={() => feed.fetchNextPage().then(() => undefined)} hasMore={feed.hasNextPage} />
    </PullToRefresh>
  );
}
