import { Button, ErrorBlock, InfiniteScroll, List, NavBar, SpinLoading, Tag } from 'antd-mobile';
import { useNavigate } from 'react-router-dom';
import { MEDIATION_CATEGORY_LABELS } from '#contracts/mediation.js';
import { useCaseFeed } from '../../api/mediation.js';
import { STATUS_TEXT, partyNames } from '../../console/mediation/mediationText.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { useBack } from '../orders/phoneBack.js';
import './mediation.css';

/** 我的调解: the cases the member mediates, newest first. */
export function MyCasesPage() {
  const { t, label } = useI18n();
  const navigate = useNavigate();
  const back = useBack('/m');
  const feed = useCaseFeed();
  const items = feed.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <div data-testid="mediation-phone-list">
      <NavBar onBack={back}>{t('mediation.phone.mine')}</NavBar>
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
        <ErrorBlock status="empty" title={t('mediation.phone.empty')} description={t('mediation.phone.emptyHint')} data-testid="mediation-phone-empty" />
      ) : (
        <>
          <List mode="card">
            {items.map((c) => (
              <List.Item
                key={c.id}
                data-testid={`mediation-phone-case-${c.id}`}
                onClick={() => navigate(`/m/mediation/${c.id}`)}
                extra={<Tag color={c.status === 'closed' ? 'default' : 'primary'}>{t(STATUS_TEXT[c.status])}</Tag>}
                description={
                  <>
                    <div>{c.detail ? partyNames(c.detail.parties, t('common.listSeparator')) : ''}</div>
                    <div className="phone-time">{`${c.place.name} · ${formatTime(c.openedAt)}`}</div>
                  </>
                }
              >
                {`${t('mediation.case.no', { id: c.id })} ${label(MEDIATION_CATEGORY_LABELS[c.category])}`}
              </List.Item>
            ))}
          </List>
          <InfiniteScroll loadMore={async () => void (await feed.fetchNextPage())} hasMore={feed.hasNextPage} />
        </>
      )}
    </div>
  );
}
