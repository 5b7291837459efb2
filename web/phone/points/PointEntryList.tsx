import { Button, CapsuleTabs, ErrorBlock, InfiniteScroll, List, SpinLoading, Tag } from 'antd-mobile';
import { useState } from 'react';
import { type EntryKind, POINT_RULE_LABELS, type PointEntryDto } from '#contracts/points.js';
import { useMyEntries } from '../../api/points.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/translate.js';
import { signedPoints } from './pointsLogic.js';

export const ENTRY_KIND_TEXT: Record<EntryKind, MessageKey> = {
  earn: 'myPoints.kind.earn',
  deduct: 'myPoints.kind.deduct',
  redeem: 'myPoints.kind.redeem',
  receive: 'myPoints.kind.receive',
  reverse: 'myPoints.kind.reverse',
};

const KIND_COLOR: Record<EntryKind, string> = {
  earn: 'success',
  deduct: 'danger',
  redeem: 'warning',
  receive: 'success',
  reverse: 'default',
};

/** A member's filters: a member never receives (that is a merchant's side of a redemption). */
const FILTERS = ['all', 'earn', 'deduct', 'redeem', 'reverse'] as const;
type Filter = (typeof FILTERS)[number];

/** 积分明细: the member's own ledger, newest first, filtered by kind, loading more as it scrolls. */
export function PointEntryList() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<Filter>('all');
  const feed = useMyEntries(filter === 'all' ? undefined : filter);
  const entries = feed.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <div data-testid="points-entries">
      <CapsuleTabs activeKey={filter} onChange={(key) => setFilter(key as Filter)} className="pts-filter">
        {FILTERS.map((f) => (
          <CapsuleTabs.Tab key={f} title={f === 'all' ? t('myPoints.kind.all') : t(ENTRY_KIND_TEXT[f])} />
        ))}
      </CapsuleTabs>
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
      ) : entries.length === 0 ? (
        <ErrorBlock
          status="empty"
          title={t('myPoints.entries.empty')}
          description={filter === 'all' ? t('myPoints.entries.emptyHint') : null}
          data-testid="points-entries-empty"
        />
      ) : (
        <>
          <List mode="card">
            {entries.map((e) => (
              <EntryItem key={e.id} entry={e} />
            ))}
          </List>
          <InfiniteScroll loadMore={() => feed.fetchNextPage().then(() => undefined)} hasMore={feed.hasNextPage} />
        </>
      )}
    </div>
  );
}

function EntryItem({ entry: e }: { entry: PointEntryDto }) {
  const { t, label } = useI18n();
  // An earned entry is named by its rule, its note says what for; a redemption or correction is its note.
  const title = e.rule ? label(POINT_RULE_LABELS[e.rule]) : e.note || t(ENTRY_KIND_TEXT[e.kind]);
  const sub = e.rule ? e.note : '';
  return (
    <List.Item
      data-testid={`points-entry-${e.id}`}
      description={
        <>
          {sub && <div className="pts-entry-sub">{sub}</div>}
          <div className="phone-time">
            {e.occurredOn}
            {e.reversedBy !== null && ` · ${t('myPoints.entries.corrected')}`}
          </div>
        </>
      }
      extra={
        <span className={e.amount < 0 ? 'pts-minus' : 'pts-plus'} data-testid={`points-entry-amount-${e.id}`}>
          {signedPoints(e.amount)}
        </span>
      }
    >
      <div className="pts-record-head">
        <Tag color={KIND_COLOR[e.kind]} fill="outline">
          {t(ENTRY_KIND_TEXT[e.kind])}
        </Tag>
        <span>{title}</span>
      </div>
    </List.Item>
  );
}
