import { Button, ErrorBlock, List, Popup, SpinLoading } from 'antd-mobile';
import { useState } from 'react';
import { MERCHANT_KIND_LABELS, type MerchantDto } from '#contracts/points.js';
import { useMerchantItems, useMerchants } from '../../api/points.js';
import { useI18n } from '../../i18n/I18nProvider.js';

/** 兑换商户: every merchant of the county (the 15-minute circle crosses community lines), each opening its catalogue. */
export function MerchantList() {
  const { t, label } = useI18n();
  const merchants = useMerchants();
  const [open, setOpen] = useState<MerchantDto | null>(null);

  if (merchants.isPending) {
    return (
      <div className="phone-brand">
        <SpinLoading />
      </div>
    );
  }
  if (merchants.isError) {
    return (
      <ErrorBlock status="disconnected" title={t('common.loadFailed')} description={t('error.network')}>
        <Button color="primary" onClick={() => void merchants.refetch()}>
          {t('common.retry')}
        </Button>
      </ErrorBlock>
    );
  }
  const list = merchants.data.items;
  if (list.length === 0) return <ErrorBlock status="empty" title={t('myPoints.merchants.empty')} data-testid="points-merchants-empty" />;

  return (
    <div data-testid="points-merchants">
      <List mode="card">
        {list.map((m) => (
          <List.Item
            key={m.id}
            description={[label(MERCHANT_KIND_LABELS[m.kind]), m.address || m.place.name].join(' · ')}
            extra={t('myPoints.merchants.items', { count: m.items })}
            onClick={() => setOpen(m)}
            data-testid={`points-merchant-${m.id}`}
          >
            {m.name}
          </List.Item>
        ))}
      </List>
      <div className="pts-note">{t('myPoints.catalogue.hint')}</div>
      <Popup visible={open !== null} onMaskClick={() => setOpen(null)} onClose={() => setOpen(null)} bodyClassName="pts-popup" destroyOnClose>
        {open && <Catalogue merchant={open} onClose={() => setOpen(null)} />}
      </Popup>
    </div>
  );
}

/** A merchant's catalogue: what each item costs in points, greyed when sold out. */
function Catalogue({ merchant, onClose }: { merchant: MerchantDto; onClose: () => void }) {
  const { t, label } = useI18n();
  const items = useMerchantItems(merchant.id);
  const list = items.data ?? [];
  return (
    <div data-testid="points-catalogue">
      <div className="pts-popup-head">
        <div className="pts-popup-title">{merchant.name}</div>
        <div className="phone-muted">{[label(MERCHANT_KIND_LABELS[merchant.kind]), merchant.place.name, merchant.address].filter(Boolean).join(' · ')}</div>
      </div>
      {items.isPending ? (
        <div className="phone-brand">
          <SpinLoading />
        </div>
      ) : items.isError ? (
        <ErrorBlock status="disconnected" title={t('common.loadFailed')} description={t('error.network')}>
          <Button color="primary" onClick={() => void items.refetch()}>
            {t('common.retry')}
          </Button>
        </ErrorBlock>
      ) : list.length === 0 ? (
        <ErrorBlock status="empty" title={t('myPoints.catalogue.empty')} />
      ) : (
        <List mode="card">
          {list.map((item) => {
            const soldOut = item.stock <= 0;
            return (
              <List.Item
                key={item.id}
                className={soldOut ? 'pts-soldout' : undefined}
                description={soldOut ? t('myPoints.catalogue.soldOut') : t('myPoints.catalogue.stock', { stock: item.stock })}
                extra={<span className="pts-price">{t('myPoints.points', { points: item.points })}</span>}
                data-testid={`points-item-${item.id}`}
              >
                {item.name}
              </List.Item>
            );
          })}
        </List>
      )}
      <div className="pts-actions">
        <Button block size="large" onClick={onClose}>
          {t('common.close')}
        </Button>
      </div>
    </div>
  );
}
