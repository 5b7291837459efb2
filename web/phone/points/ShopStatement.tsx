import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, ErrorBlock, SpinLoading, Toast } from 'antd-mobile';
import { useState } from 'react';
import type { MerchantDto } from '#contracts/points.js';
import { errorText } from '../../api/errorText.js';
import { downloadStatement, useStatement } from '../../api/points.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { MonthSwitch } from './MonthSwitch.js';

/** 月度结算: the month's redemptions, reversals and points, by item, and the .xlsx to hand to the community. */
export function ShopStatement({ shop, month, onMonth }: { shop: MerchantDto; month: string; onMonth: (month: string) => void }) {
  const { t, lang } = useI18n();
  const statement = useStatement(shop.id, month);
  const [downloading, setDownloading] = useState(false);

  const download = async () => {
    setDownloading(true);
    try {
      const name = await downloadStatement(shop.id, month);
      Toast.show({ icon: 'success', content: t('shop.statement.downloaded', { name }) });
    } catch (error) {
      Toast.show({ icon: 'fail', content: errorText(error, lang, t) });
    } finally {
      setDownloading(false);
    }
  };

  const s = statement.data;
  return (
    <div data-testid="shop-statement">
      <MonthSwitch month={month} onChange={onMonth} />
      {statement.isPending ? (
        <div className="phone-brand">
          <SpinLoading />
        </div>
      ) : statement.isError || !s ? (
        <ErrorBlock status="disconnected" title={t('common.loadFailed')} description={errorText(statement.error, lang, t)}>
          <Button color="primary" onClick={() => void statement.refetch()}>
            {t('common.retry')}
          </Button>
        </ErrorBlock>
      ) : (
        <>
          <div className="pts-figures">
            <div className="pts-figure">
              <b data-testid="shop-statement-redemptions">{s.redemptions}</b>
              <span>{t('shop.statement.redemptions')}</span>
            </div>
            <div className="pts-figure">
              <b data-testid="shop-statement-reversed">{s.reversed}</b>
              <span>{t('shop.statement.reversed')}</span>
            </div>
            <div className="pts-figure">
              <b data-testid="shop-statement-points">{s.points}</b>
              <span>{t('shop.statement.points')}</span>
            </div>
          </div>
          <Card className="pts-card" title={t('shop.statement.byItem')}>
            {s.byItem.length === 0 ? (
              <div className="phone-muted" data-testid="shop-statement-empty">
                {t('shop.statement.empty')}
              </div>
            ) : (
              <table className="pts-table" data-testid="shop-statement-items">
                <thead>
                  <tr>
                    <th>{t('shop.statement.item')}</th>
                    <th className="num">{t('shop.statement.qty')}</th>
                    <th className="num">{t('shop.statement.itemPoints')}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.byItem.map((i) => (
                    <tr key={i.name}>
                      <td>{i.name}</td>
                      <td className="num">{i.qty}</td>
                      <td className="num">{i.points}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <td>{t('shop.statement.sum')}</td>
                    <td className="num">{s.byItem.reduce((n, i) => n + i.qty, 0)}</td>
                    <td className="num">{s.points}</td>
                  </tr>
                </tfoot>
              </table>
            )}
            <div className="phone-muted" style={{ marginTop: 8 }}>
              {t('shop.statement.note')}
            </div>
          </Card>
          <div className="pts-actions">
            <Button
              block
              color="primary"
              fill="outline"
              size="large"
              loading={downloading}
              onClick={() => void download()}
              data-testid="shop-statement-download"
            >
              <DownloadOutlined /> {t('shop.statement.download')}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
