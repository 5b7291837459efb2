import { Button, ErrorBlock, InfiniteScroll, List, NavBar, PullToRefresh, SpinLoading, Tabs } from 'antd-mobile';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useActivityFeed } from '../../api/activities.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { ActivityCard } from './ActivityCard.js';
import '../orders/orders.css';
import './activities.css';

type When = 'upcoming' | 'past';

/** 志愿活动: the activities of the member's communities and teams, coming or past, with their own standing in each. */
export function ActivitiesPhonePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const when: When = params.get('tab') === 'past' ? 'past' : 'upcoming';

  return (
    <div data-testid="activities-page">
      <NavBar onBack={() => navigate('/m')}>{t('act.phone.title')}</NavBar>
      <Tabs activeKey={when} onChange={(key) => setParams({ tab: key }, { replace: true })} data-testid="activities-tabs">
        <Tabs.Tab key="upcoming" title={t('act.when.upcoming')} />
        <Tabs.Tab key="past" title={t('act.when.past')} />
      </Tabs>
      <ActivityFeed key={when} when={when} />
    </div>
  );
}

function ActivityFeed({ when }: { when: When }) {
  const { t } = useI18n();
  const feed = useActivityFeed(when);
  const items = feed.data?.pages.flatMap((p) => p.items) ?? [];

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
      <ErrorBlock
        status="empty"
        title={when === 'past' ? t('act.empty.past') : t('act.phone.empty')}
        description={when === 'past' ? null : t('act.phone.emptyHint')}
        data-testid="activities-empty"
      />
    );
  }
  return (
    <PullToRefresh onRefresh={() => feed.refetch().then(() => undefined)}>
      <List mode="card" data-testid="activities-list">
        {items.map((a) => (
          <ActivityCard key={a.id} activity={a} />
        ))}
      </List>
      <InfiniteScroll loadMore={() => feed.fetchNextPage().then(() => undefined)} hasMore={feed.hasNextPage} />
    </PullToRefresh>
  );
}
