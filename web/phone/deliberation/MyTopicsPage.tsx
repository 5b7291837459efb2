import { PlusOutlined } from '@ant-design/icons';
import { Button, ErrorBlock, InfiniteScroll, NavBar, PullToRefresh, SpinLoading } from 'antd-mobile';
import { useNavigate } from 'react-router-dom';
import { useMyTopicFeed } from '../../api/deliberation.js';
import { errorText } from '../../api/errorText.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useBack } from '../orders/phoneBack.js';
import { TopicCard } from './TopicCard.js';
import './deliberation.css';

/** 我的议题: the topics I raised, newest (and still open) first, each with how far it got; 提议题 on top. */
export function MyTopicsPage() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const back = useBack('/m');
  const list = useMyTopicFeed();
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const propose = () => navigate('/m/topics/new');

  return (
    <div data-testid="topics-page">
      <NavBar
        onBack={back}
        right={
          <Button size="small" fill="none" color="primary" onClick={propose} data-testid="topics-new" aria-label={t('delib.topic.new')}>
            <PlusOutlined style={{ fontSize: 20 }} />
          </Button>
        }
      >
        {t('delib.topics.mine')}
      </NavBar>
      <div className="phone-hint">{t('delib.topics.hint')}</div>
      {list.isPending ? (
        <div className="phone-brand">
          <SpinLoading />
        </div>
      ) : list.isError ? (
        <ErrorBlock status="disconnected" title={t('common.loadFailed')} description={errorText(list.error, lang, t)}>
          <Button color="primary" onClick={() => void list.refetch()}>
            {t('common.retry')}
          </Button>
        </ErrorBlock>
      ) : items.length === 0 ? (
        <div data-testid="topics-empty">
          <ErrorBlock status="empty" title={t('delib.topics.empty')} description={t('delib.topics.emptyHint')} />
          <div className="delib-actions">
            <Button block color="primary" size="large" onClick={propose}>
              {t('delib.topic.new')}
            </Button>
          </div>
        </div>
      ) : (
        <PullToRefresh onRefresh={() => list.refetch().then(() => undefined)}>
          <div data-testid="topics-list">
            {items.map((topic) => (
              <TopicCard key={topic.id} topic={topic} />
            ))}
          </div>
          <InfiniteScroll loadMore={() => list.fetchNextPage().then(() => undefined)} hasMore={list.hasNextPage} />
        </PullToRefresh>
      )}
    </div>
  );
}
