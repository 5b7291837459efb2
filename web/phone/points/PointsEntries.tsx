import { FileDoneOutlined, QrcodeOutlined, ShopOutlined, StarOutlined } from '@ant-design/icons';
import { List } from 'antd-mobile';
import { useNavigate } from 'react-router-dom';
import type { Role } from '#contracts/labels.js';
import { useMyPoints } from '../../api/points.js';
import { useI18n } from '../../i18n/I18nProvider.js';

/** Whether the Me page shows points entries for this role (and so no "coming soon" tile for 积分). */
export const hasPointsEntries = (role: Role) => role === 'member' || role === 'merchant';

/** 积分 on the Me page: a member's balance and code; a merchant's 积分兑换 and records. */
export function PointsEntries({ role }: { role: Role }) {
  if (role === 'member') return <MemberEntries />;
  if (role === 'merchant') return <MerchantEntries />;
  return null;
}

function MemberEntries() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const balance = useMyPoints().data?.balance;
  return (
    <List mode="card" header={t('myPoints.me.title')} className="phone-section" data-testid="me-points">
      <List.Item
        prefix={<StarOutlined />}
        extra={balance !== undefined && <span data-testid="me-points-balance">{t('myPoints.points', { points: balance })}</span>}
        onClick={() => navigate('/m/points')}
        data-testid="me-points-mine"
      >
        {t('myPoints.title')}
      </List.Item>
      <List.Item prefix={<QrcodeOutlined />} description={t('myPoints.me.codeHint')} onClick={() => navigate('/m/points/code')} data-testid="me-points-code">
        {t('myPoints.showCode')}
      </List.Item>
    </List>
  );
}

function MerchantEntries() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <List mode="card" header={t('myPoints.me.title')} className="phone-section" data-testid="me-shop">
      <List.Item prefix={<ShopOutlined />} description={t('shop.me.redeemHint')} onClick={() => navigate('/m/shop')} data-testid="me-shop-redeem">
        {t('shop.title')}
      </List.Item>
      <List.Item prefix={<FileDoneOutlined />} onClick={() => navigate('/m/shop?tab=records')} data-testid="me-shop-records">
        {t('shop.me.records')}
      </List.Item>
    </List>
  );
}
