import { Button, Dialog, ErrorBlock, InfiniteScroll, List, NoticeBar, SpinLoading, Tag, TextArea, Toast } from 'antd-mobile';
import { useState } from 'react';
import type { RedemptionDto } from '#contracts/points.js';
import { errorText } from '../../api/errorText.js';
import { useReverseRedemption, useShopRedemptions } from '../../api/points.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { MonthSwitch } from './MonthSwitch.js';
import { canReverse, linesText } from './pointsLogic.js';
import { useNow } from './useNow.js';

const REASON_MAX = 200;

/** 兑换记录: the shop's redemptions of a month, each with its status; 撤销 while done and younger than a day. */
export function ShopRecords({ month, onMonth }: { month: string; onMonth: (month: string) => void }) {
  const { t } = useI18n();
  const feed = useShopRedemptions(month);
  const rows = feed.data?.pages.flatMap((p) => p.items) ?? [];
  const [reversing, setReversing] = useState<RedemptionDto | null>(null);
  // Re-checked each minute, so 撤销 goes away as a redemption turns a day old.
  const now = useNow(60_000, Number.POSITIVE_INFINITY);

  return (
    <div data-testid="shop-records">
      <MonthSwitch month={month} onChange={onMonth} />
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
      ) : rows.length === 0 ? (
        <ErrorBlock status="empty" title={t('shop.records.empty')} data-testid="shop-records-empty" />
      ) : (
        <>
          <List mode="card" header={t('common.total', { total: feed.data.pages[0]?.total ?? rows.length })}>
            {rows.map((r) => (
              <Record key={r.id} redemption={r} reversible={canReverse(r, now)} onReverse={() => setReversing(r)} />
            ))}
          </List>
          <InfiniteScroll loadMore={() => feed.fetchNextPage().then(() => undefined)} hasMore={feed.hasNextPage} />
        </>
      )}
      {reversing && <ReverseDialog redemption={reversing} onClose={() => setReversing(null)} />}
    </div>
  );
}

function Record({ redemption: r, reversible, onReverse }: { redemption: RedemptionDto; reversible: boolean; onReverse: () => void }) {
  const { t } = useI18n();
  const reversed = r.status === 'reversed';
  return (
    <List.Item
      data-testid={`shop-redemption-${r.id}`}
      description={
        <>
          <div className="pts-entry-sub">{linesText(r.items, t('common.listSeparator'))}</div>
          {reversed && r.reverseReason && <div className="pts-entry-sub">{t('shop.reverse.reasonShown', { reason: r.reverseReason })}</div>}
          <div className="phone-time">{formatTime(r.at)}</div>
        </>
      }
      extra={
        <div className="pts-record-actions">
          <span className={reversed ? 'phone-muted' : 'pts-price'}>{t('myPoints.points', { points: r.total })}</span>
          {reversible && (
            <Button size="small" color="danger" fill="outline" onClick={onReverse} data-testid={`shop-reverse-${r.id}`}>
              {t('shop.reverse')}
            </Button>
          )}
        </div>
      }
    >
      <div className="pts-record-head">
        <span>{r.member.name}</span>
        <Tag color={reversed ? 'default' : 'success'} fill="outline" data-testid={`shop-redemption-status-${r.id}`}>
          {reversed ? t('shop.status.reversed') : t('shop.status.done')}
        </Tag>
      </div>
    </List.Item>
  );
}

/** 撤销兑换: a required reason; the points go back to the member and the stock to the shelf. */
function ReverseDialog({ redemption: r, onClose }: { redemption: RedemptionDto; onClose: () => void }) {
  const { t, lang } = useI18n();
  const reverse = useReverseRedemption();
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async () => {
    const text = reason.trim();
    if (!text) {
      setFailure(t('shop.reverse.required'));
      return;
    }
    setFailure(null);
    try {
      await reverse.mutateAsync({ id: r.id, reason: text });
      Toast.show({ icon: 'success', content: t('shop.reverse.done') });
      onClose();
    } catch (error) {
      setFailure(errorText(error, lang, t));
    }
  };

  return (
    <Dialog
      visible
      title={t('shop.reverse.title')}
      onClose={onClose}
      closeOnMaskClick={!reverse.isPending}
      content={
        <div data-testid="shop-reverse-dialog">
          <div className="phone-muted">
            {t('shop.reverse.what', { name: r.member.name, items: linesText(r.items, t('common.listSeparator')), points: r.total })}
          </div>
          <div className="phone-muted">{t('shop.reverse.content')}</div>
          <TextArea
            value={reason}
            onChange={setReason}
            placeholder={t('shop.reverse.placeholder')}
            aria-label={t('shop.reverse.reason')}
            maxLength={REASON_MAX}
            showCount
            autoSize={{ minRows: 2, maxRows: 4 }}
            data-testid="shop-reverse-reason"
            style={{ marginTop: 12, '--font-size': 'var(--adm-font-size-8)' }}
          />
          {failure && <NoticeBar color="error" wrap content={failure} data-testid="shop-reverse-error" />}
        </div>
      }
      actions={[
        [
          { key: 'cancel', text: t('common.cancel'), onClick: onClose, disabled: reverse.isPending },
          { key: 'confirm', text: t('shop.reverse'), danger: true, bold: true, onClick: submit, className: 'shop-reverse-confirm' },
        ],
      ]}
    />
  );
}
