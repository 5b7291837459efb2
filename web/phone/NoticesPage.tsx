import { Badge, Button, ErrorBlock, InfiniteScroll, List, NavBar, SpinLoading, Toast } from 'antd-mobile';
import { useNavigate } from 'react-router-dom';
import type { NotificationDto } from '#contracts/notifications.js';
import { useMarkAllRead, useMarkRead } from '../api/notifications.js';
import { useNotificationFeed } from '../api/self.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { formatTime } from '../shared/time.js';

/** Console links (/members/12) mean nothing on the phone; only phone paths are followed. */
const isPhonePath = (link: string | null): link is string => link === '/m' || Boolean(link?.startsWith('/m/'));

/** 消息: the member's or resident's notifications; a tap marks one read and opens its phone page, if it has one. */
export function NoticesPage() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const feed = useNotificationFeed();
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const items = feed.data?.pages.flatMap((p) => p.items) ?? [];
  const unread = feed.data?.pages[0]?.unread ?? 0;

  const open = (n: NotificationDto) => {
    if (!n.read) markRead.mutate(n.id);
    if (isPhonePath(n.link)) navigate(n.link);
  };

  const readAll = () =>
    markAll.mutate(undefined, {
      onSuccess: () => void Toast.show({ icon: 'success', content: t('self.notices.allRead') }),
      onError: () => void Toast.show({ icon: 'fail', content: t('error.unknown') }),
    });

  return (
    <div data-testid="phone-notices">
      <NavBar
        onBack={() => navigate('/m')}
        right={
          <Button size="small" fill="none" color="primary" disabled={unread === 0} loading={markAll.isPending} onClick={readAll} data-testid="notices-read-all">
            {t('self.notices.readAll')}
          </Button>
        }
      >
        {t('self.notices.title')}
      </NavBar>
      {feed.isPending ? (
        <div className="phone-brand">
          <SpinLoading />
        </div>
      ) : feed.isError ? (
        <ErrorBlock status="disconnected" title={t('common.loadFailed')} description={t('error.network')}>
          <Button color="primary" onClick={() => void feed.refetch()}>
            {t('common.retry')}
          </Button>
        </ErrorBlock>
      ) : items.length === 0 ? (
        <ErrorBlock status="empty" title={t('self.notices.empty')} description={t('self.notices.emptyHint')} data-testid="notices-empty" />
      ) : (
        <>
          <List mode="card" data-testid="notices-list">
            {items.map((n) => (
              <List.Item
                key={n.id}
                data-testid={`notice-${n.id}`}
                data-read={n.read}
                prefix={
                  n.read ? (
                    <span className="phone-dot-space" />
                  ) : (
                    <span role="img" aria-label={t('self.notices.unread')}>
                      <Badge content={Badge.dot} />
                    </span>
                  )
                }
                description={
                  <>
                    <div>{n.body[lang]}</div>
                    <div className="phone-time">{formatTime(n.createdAt)}</div>
                  </>
                }
                onClick={() => open(n)}
                arrow={isPhonePath(n.link)}
              >
                <span className={n.read ? undefined : 'phone-unread'}>{n.title[lang]}</span>
              </List.Item>
            ))}
          </List>
          <InfiniteScroll loadMore={() => feed.fetchNextPage().then(() => undefined)} hasMore={feed.hasNextPage} />
        </>
      )}
    </div>
  );
}
