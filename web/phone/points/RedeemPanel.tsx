import { CheckCircleFilled } from '@ant-design/icons';
import { Button, Card, Dialog, ErrorBlock, Input, List, NoticeBar, SpinLoading, Stepper } from 'antd-mobile';
import { useState } from 'react';
import type { MerchantDto, RedemptionDto } from '#contracts/points.js';
import { ApiError } from '../../api/client.js';
import { errorText } from '../../api/errorText.js';
import { useMerchantItems, useRedeem } from '../../api/points.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { type Basket, basketLines, basketTotal, groupedCode, linesText, maxQty, readCode } from './pointsLogic.js';

/** Refusals about the code itself: the merchant needs another code, the basket can stay. */
const CODE_ERRORS = new Set(['redeem.codeUsed', 'redeem.codeExpired', 'redeem.codeUnknown']);

/**
 * 兑换: the member's code (six digits typed, a pasted QR token, or the token the QR link brought), the
 * items with steppers, the total, 确认兑换 after a confirmation, then what was taken and 继续兑换.
 */
export function RedeemPanel({ shop, scanned }: { shop: MerchantDto; scanned: string }) {
  const { t, lang } = useI18n();
  const items = useMerchantItems(shop.id);
  const redeem = useRedeem();
  const [typed, setTyped] = useState('');
  const [code, setCode] = useState<string | null>(() => {
    const read = readCode(scanned);
    return read.ready ? read.code : null;
  });
  const [basket, setBasket] = useState<Basket>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<RedemptionDto | null>(null);

  const onSale = (items.data ?? []).filter((i) => i.active);
  const total = basketTotal(onSale, basket);
  const lines = basketLines(onSale, basket);
  const separator = t('common.listSeparator');

  const type = (value: string) => {
    const read = readCode(value);
    if (read.ready) {
      setCode(read.code);
      setTyped('');
      setFailure(null);
    } else {
      setTyped(read.code);
    }
  };

  const confirm = async () => {
    if (!code || lines.length === 0) return;
    const named = lines.map((l) => ({ name: onSale.find((i) => i.id === l.itemId)?.name ?? '', qty: l.qty }));
    const ok = await Dialog.confirm({
      title: t('shop.confirm'),
      content: <div data-testid="shop-confirm-text">{t('shop.confirm.content', { items: linesText(named, separator), points: total })}</div>,
      confirmText: t('shop.confirm'),
      cancelText: t('common.cancel'),
    });
    if (!ok) return;
    setFailure(null);
    redeem.mutate(
      { code, items: lines },
      {
        onSuccess: (result) => {
          setDone(result);
          setCode(null);
          setBasket({});
        },
        onError: (error) => {
          setFailure(errorText(error, lang, t));
          if (error instanceof ApiError && CODE_ERRORS.has(error.code)) setCode(null);
        },
      },
    );
  };

  const next = () => {
    setDone(null);
    setFailure(null);
  };

  if (done) {
    return (
      <div data-testid="shop-done">
        <div className="pts-result">
          <CheckCircleFilled className="pts-result-icon" />
          <div className="pts-result-title">{t('shop.done')}</div>
          <div className="pts-result-detail" data-testid="shop-done-member">
            {t('shop.done.member', { name: done.member.name })}
          </div>
          <div className="pts-result-detail" data-testid="shop-done-items">
            {linesText(done.items, separator)}
          </div>
          <div className="pts-result-title" data-testid="shop-done-total">
            {t('shop.done.total', { points: done.total })}
          </div>
        </div>
        <div className="pts-actions">
          <Button block color="primary" size="large" onClick={next} data-testid="shop-next">
            {t('shop.done.next')}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div data-testid="shop-redeem">
      {failure && <NoticeBar color="error" wrap content={failure} data-testid="shop-error" />}
      <Card className="pts-card" title={t('shop.code.label')}>
        {code ? (
          <div className="pts-code-chip">
            <span className="pts-code-value" data-testid="shop-code">
              {/^\d{6}$/.test(code) ? groupedCode(code) : t('shop.code.scanned')}
            </span>
            <Button size="small" fill="outline" onClick={() => setCode(null)} data-testid="shop-code-change">
              {t('shop.code.change')}
            </Button>
          </div>
        ) : (
          <>
            <Input
              className="pts-code-input"
              value={typed}
              onChange={type}
              inputMode="numeric"
              autoComplete="off"
              placeholder={t('shop.code.placeholder')}
              aria-label={t('shop.code.label')}
              data-testid="shop-code-input"
            />
            <div className="phone-muted" style={{ marginTop: 8 }}>
              {t('shop.code.hint')}
            </div>
          </>
        )}
      </Card>

      {items.isPending ? (
        <div className="phone-brand">
          <SpinLoading />
        </div>
      ) : items.isError ? (
        <ErrorBlock status="disconnected" title={t('common.loadFailed')} description={errorText(items.error, lang, t)}>
          <Button color="primary" onClick={() => void items.refetch()}>
            {t('common.retry')}
          </Button>
        </ErrorBlock>
      ) : onSale.length === 0 ? (
        <ErrorBlock status="empty" title={t('shop.items.empty')} description={t('shop.items.emptyHint')} />
      ) : (
        <List mode="card" header={t('shop.items.title')} data-testid="shop-items">
          {onSale.map((item) => {
            const soldOut = item.stock <= 0;
            return (
              <List.Item
                key={item.id}
                className={soldOut ? 'pts-soldout' : undefined}
                description={soldOut ? t('myPoints.catalogue.soldOut') : t('myPoints.catalogue.stock', { stock: item.stock })}
                extra={
                  <Stepper
                    min={0}
                    max={maxQty(item)}
                    value={basket[item.id] ?? 0}
                    onChange={(qty) => setBasket((b) => ({ ...b, [item.id]: qty }))}
                    disabled={soldOut}
                    inputReadOnly
                    data-testid={`shop-qty-${item.id}`}
                  />
                }
                data-testid={`shop-item-${item.id}`}
                data-name={item.name}
              >
                {item.name} <span className="pts-price">{t('myPoints.points', { points: item.points })}</span>
              </List.Item>
            );
          })}
        </List>
      )}

      <div className="pts-basket">
        <div>
          <div className="pts-basket-total" data-testid="shop-total">
            {t('shop.total', { points: total })}
          </div>
          {!code && <div className="phone-muted">{t('shop.code.first')}</div>}
        </div>
        <Button
          color="primary"
          size="large"
          disabled={!code || lines.length === 0}
          loading={redeem.isPending}
          onClick={() => void confirm()}
          data-testid="shop-confirm"
        >
          {t('shop.confirm')}
        </Button>
      </div>
    </div>
  );
}
