import { Button, ErrorBlock, List, NavBar, NoticeBar, SpinLoading, Tabs } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { usePosts } from '../../api/activities.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { PostCard } from './PostCard.js';
import '../orders/orders.css';
import '../activities/activities.css';

type Tab = 'all' | 'mine';

// A member's communities hold a handful of posts: one page covers them.
const ALL_POSTS = { page: 1, pageSize: 200 };

/** 设岗定责 on the phone: the posts of the member's communities to claim, and 我的岗位 with this week's roster. */
export function PostsPhonePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'mine' ? 'mine' : 'all';
  const posts = usePosts(ALL_POSTS);
  const [failure, setFailure] = useState<string | null>(null);
  const items = (posts.data?.items ?? []).filter((p) => tab === 'all' || p.mine);

  return (
    <div data-testid="posts-page">
      <NavBar onBack={() => navigate('/m')}>{t('posts.phone.title')}</NavBar>
      <Tabs activeKey={tab} onChange={(key) => setParams({ tab: key }, { replace: true })} data-testid="posts-tabs">
        <Tabs.Tab key="all" title={t('posts.phone.tab.all')} />
        <Tabs.Tab key="mine" title={t('posts.phone.tab.mine')} />
      </Tabs>
      {failure && <NoticeBar data-testid="posts-error" color="error" wrap content={failure} onClose={() => setFailure(null)} closeable />}
      {posts.isPending ? (
        <div className="phone-brand">
          <SpinLoading />
        </div>
      ) : posts.isError ? (
        <ErrorBlock status="disconnected" title={t('common.loadFailed')} description={t('error.network')}>
          <Button color="primary" onClick={() => void posts.refetch()}>
            {t('common.retry')}
          </Button>
        </ErrorBlock>
      ) : items.length === 0 ? (
        <ErrorBlock
          status="empty"
          title={tab === 'mine' ? t('posts.phone.empty.mine') : t('posts.phone.empty')}
          description={tab === 'mine' ? t('posts.phone.empty.mineHint') : t('posts.phone.emptyHint')}
          data-testid="posts-empty"
        />
      ) : (
        <List mode="card" data-testid="posts-list">
          {items.map((p) => (
            <PostCard key={p.id} post={p} showRoster={tab === 'mine'} onFailure={setFailure} />
          ))}
        </List>
      )}
    </div>
  );
}
