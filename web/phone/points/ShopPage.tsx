import { Button, ErrorBlock, NavBar, SpinLoading, Tabs } from 'antd-mobile';
import { type ReactNode, useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { MerchantDto } from '#contracts/points.js';
import { errorText } from '../../api/errorText.js';
import { useMerchants } from '../../api/points.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { monthOf } from './pointsLogic.js';
import { RedeemPanel } from './RedeemPanel.js';
import { ShopRecords } from './ShopRecords.js';
import { ShopStatement } from './ShopStatement.js';
import './points.css';

const TABS = ['redeem', 'records', 'statement'] as const;
type Tab = (typeof TABS)[number];

/** 积分兑换 for a merchant's phone: take a member's code with the items, the month's records, the statement. */
export function ShopPage() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const { role, id: accountId } = useCurrentSession().account;
  const merchants = useMerchants(role === 'merchant');

  let body: ReactNode;
  if (role !== 'merchant') {
    body = <ErrorBlock status="empty" title={t('shop.merchantsOnly')} description={t('shop.merchantsOnlyHint')} />;
  } else if (merchants.isPending) {
    body = (
      <div className="phone-brand">
        <SpinLoading />
      </div>
    );
  } else if (merchants.isError) {
    body = (
      <ErrorBlock status="disconnected" title={t('common.loadFailed')} description={errorText(merchants.error, lang, t)}>
        <Button color="primary" onClick={() => void merchants.refetch()}>
          {t('common.retry')}
        </Button>
      </ErrorBlock>
    );
  } else {
    // The list holds the merchants of the account's place; its own is the one linked to the account.
    const shop = merchants.data.items.find((m) => m.accountId === accountId);
    body = shop ? <Shop shop={shop} /> : <ErrorBlock status="empty" title={t('shop.notMerchant')} description={t('shop.notMerchantHint')} />;
  }

  return (
    <div data-testid="shop-page">
      <NavBar onBack={() => navigate('/m')}>{t('shop.title')}</NavBar>
      {body}
    </div>
  );
}

function Shop({ shop }: { shop: MerchantDto }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const [tab, setTab] = useState<Tab>(() => TABS.find((k) => k === params.get('tab')) ?? 'redeem');
  const [month, setMonth] = useState(() => monthOf(Date.now()));
  // A member's QR code opens this page with its token: take it once, then drop it from the address.
  const [scanned] = useState(() => params.get('code') ?? '');
  useEffect(() => {
    if (params.has('code') || params.has('tab')) setParams({}, { replace: true });
  }, [params, setParams]);

  return (
    <>
      <div className="phone-hint" data-testid="shop-name">
        {shop.name}
      </div>
      <Tabs activeKey={tab} onChange={(key) => setTab(key as Tab)} className="pts-tabs" data-testid="shop-tabs">
        <Tabs.Tab key="redeem" title={t('shop.tab.redeem')}>
          <RedeemPanel shop={shop} scanned={scanned} />
        </Tabs.Tab>
        <Tabs.Tab key="records" title={t('shop.tab.records')} destroyOnClose>
          <ShopRecords month={month} onMonth={setMonth} />
        </Tabs.Tab>
        <Tabs.Tab key="statement" title={t('shop.tab.statement')} destroyOnClose>
          <ShopStatement shop={shop} month={month} onMonth={setMonth} />
        </Tabs.Tab>
      </Tabs>
    </>
  );
}
