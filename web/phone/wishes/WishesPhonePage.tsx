import { PlusOutlined } from '@ant-design/icons';
import { Button, ErrorBlock, InfiniteScroll, NavBar, PullToRefresh, SpinLoading, Tabs } from 'antd-mobile';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { ListWishesQuery } from '#contracts/wishes.js';
import { useWishFeed } from '../../api/wishes.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/translate.js';
import { useBack } from '../orders/phoneBack.js';
import { WishActions, type WishViewer } from './WishActions.js';
import { WishCard } from './WishCard.js';
import './wishes.css';

type Feed = { filters: Pick<ListWishesQuery, 'mine'> & Partial<Pick<ListWishesQuery, 'status'>>; viewer: WishViewer; empty: MessageKey };

const FEEDS = {
  household: { filters: { mine: 'false' }, viewer: 'household', empty: 'wishes.phone.empty.household' },
  open: { filters: { mine: 'false', status: 'open' }, viewer: 'claimer', empty: 'wishes.phone.empty.open' },
  mine: { filters: { mine: 'true' }, viewer: 'claimed', empty: 'wishes.phone.empty.mine' },
} satisfies Record<string, Feed>;

/** A resident's household wishes (post, thank); a member's 待认领 in their communities and 我认领的 (实现 with photos). */
export function WishesPhonePage() {
  const { t } = useI18n();
  const { role } = useCurrentSession().account;
  const navigate = useNavigate();
  const back = useBack('/m');
  const [params, setParams] = useSearchParams();
  const resident = role === 'resident';
  const claimer = role === 'member' || role === 'unitSecretary';
  const tab = params.get('tab') === 'mine' ? 'mine' : 'open';
  const feed = resident || !claimer ? FEEDS.household : FEEDS[tab];

  return (
    <div data-testid="wishes-page">
      <NavBar
        onBack={back}
        right={
          resident && (
            <Button
              size="small"
              fill="none"
              color="primary"
              onClick={() => navigate('/m/wishes/new')}
              data-testid="wishes-new"
              aria-label={t('wishes.phone.new')}
            >
              <PlusOutlined style={{ fontSize: 20 }} />
            </Button>
          )
        }
      >
        {resident ? t('wishes.phone.household.title') : t('wishes.title')}
      </NavBar>
      {claimer && (
        <Tabs activeKey={tab} onChange={(key) => setParams({ tab: key }, { replace: true })} data-testid="wishes-tabs">
          <Tabs.Tab key="open" title={t('wishes.phone.tab.open')} />
          <Tabs.Tab key="mine" title={t('wishes.phone.tab.mine')} />
        </Tabs>
      )}
      <WishFeed key={claimer ? tab : 'all'} feed={feed} onNew={resident ? () => navigate('/m/wishes/new') : undefined} />
    </div>
  );
}

function WishFeed({ feed, onNew }: { feed: Feed; onNew?: () => void }) {
  const { t } = useI18n();
  const list = useWishFeed(feed.filters);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  if (list.isPending) {
    return (
      <div className="phone-brand">
        <SpinLoading />
      </div>
    );
  }
  if (list.isError) {
    return (
      <ErrorBlock status="disconnected" title={t('common.loadFailed')} description={t('error.network')}>
        <Button color="primary" onClick={() => void list.refetch()}>
          {t('common.retry')}
        </Button>
      </ErrorBlock>
    );
  }
  if (items.length === 0) {
    return (
      <div data-testid="wishes-empty">
        <ErrorBlock status="empty" title={t(feed.empty)} description={null} />
        {onNew && (
          <div className="wish-page-actions">
            <Button block color="primary" size="large" onClick={onNew}>
              {t('wishes.phone.new')}
            </Button>
          </div>
        )}
      </div>
    );
  }
  return (
    <PullToRefresh onRefresh={() => list.refetch().then(() => undefined)}>
      <div data-testid="wishes-list">
        {items.map((w) => (
          <WishCard key={w.id} wish={w}>
            <WishActions wish={w} viewer={feed.viewer} />
          </WishCard>
        ))}
      </div>
      <InfiniteScroll loadMore={() => list.fetchNextPage().then(() => undefined)} hasMore={list.hasNextPage} />
    </PullToRefresh>
  );
}
