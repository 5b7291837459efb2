import { QrcodeOutlined } from '@ant-design/icons';
import { Button, ErrorBlock, NavBar, SpinLoading, Tabs } from 'antd-mobile';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useMyPoints } from '../../api/points.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { MerchantList } from './MerchantList.js';
import { PointEntryList } from './PointEntryList.js';
import { PointRulesList } from './PointRulesList.js';
import './points.css';

const TABS = ['entries', 'rules', 'merchants'] as const;
type Tab = (typeof TABS)[number];

/** 我的积分: the balance, this year's figures, the code button, then the ledger, the rules and where to spend. */
export function MyPointsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { role } = useCurrentSession().account;
  if (role !== 'member') {
    return (
      <div data-testid="points-page">
        <NavBar onBack={() => navigate('/m')}>{t('myPoints.title')}</NavBar>
        <ErrorBlock status="empty" title={t('myPoints.membersOnly')} description={t('myPoints.membersOnlyHint')} />
      </div>
    );
  }
  return <MemberPoints />;
}

function MemberPoints() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((k) => k === params.get('tab')) ?? 'entries';
  const me = useMyPoints();

  return (
    <div data-testid="points-page">
      <NavBar onBack={() => navigate('/m')}>{t('myPoints.title')}</NavBar>
      <div className="pts-hero" data-testid="points-summary">
        <div className="pts-hero-label">{t('myPoints.balance')}</div>
        {me.isPending ? (
          <div className="pts-balance">
            <SpinLoading color="white" />
          </div>
        ) : me.isError ? (
          <div className="pts-year">
            <span>{t('common.loadFailed')}</span>
            <Button size="mini" onClick={() => void me.refetch()}>
              {t('common.retry')}
            </Button>
          </div>
        ) : (
          <>
            <div className="pts-balance" data-testid="points-balance">
              {me.data.balance}
            </div>
            <div className="pts-year">
              <span>
                <b data-testid="points-earned">{me.data.earnedThisYear}</b>
                {t('myPoints.earnedThisYear')}
              </span>
              <span>
                <b data-testid="points-redeemed">{me.data.redeemedThisYear}</b>
                {t('myPoints.redeemedThisYear')}
              </span>
            </div>
          </>
        )}
        <Button block size="large" className="pts-hero-button" onClick={() => navigate('/m/points/code')} data-testid="points-show-code">
          <QrcodeOutlined /> {t('myPoints.showCode')}
        </Button>
      </div>
      <Tabs activeKey={tab} onChange={(key) => setParams({ tab: key }, { replace: true })} className="pts-tabs" data-testid="points-tabs">
        <Tabs.Tab key="entries" title={t('myPoints.tab.entries')} />
        <Tabs.Tab key="rules" title={t('myPoints.tab.rules')} />
        <Tabs.Tab key="merchants" title={t('myPoints.tab.merchants')} />
      </Tabs>
      {tab === 'entries' && <PointEntryList />}
      {tab === 'rules' && <PointRulesList />}
      {tab === 'merchants' && <MerchantList />}
    </div>
  );
}
