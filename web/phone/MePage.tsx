import { BellOutlined, DesktopOutlined, HeartOutlined, KeyOutlined, StarOutlined, UserOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Dialog, Grid, List, NavBar, Switch } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { isConsoleRole, useLogout } from '../api/auth.js';
import { useNotifications } from '../api/notifications.js';
import { useCurrentSession } from '../auth/SessionContext.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/translate.js';
import { setElderMode, useElderMode } from '../shared/elder.js';
import { MyRegistrationCard } from './MyRegistrationCard.js';
import { MyGridRolesCard } from './MyGridRolesCard.js';
import { hasOrderEntries, OrderEntries } from './orders/OrderEntries.js';
import { WishEntries } from './wishes/WishEntries.js';
import { ActivityEntries } from './activities/ActivityEntries.js';
import { VisitEntries } from './visits/VisitEntries.js';
import { hasPointsEntries, PointsEntries } from './points/PointsEntries.js';
import { EvaluationEntries } from './evaluation/EvaluationEntries.js';
import { DeliberationEntries } from './deliberation/DeliberationEntries.js';
import { EmergencyBanner } from './emergency/EmergencyBanner.js';
import { MediationEntries } from './mediation/MediationEntries.js';
import { PhoneLangSwitch } from './PhoneLangSwitch.js';

// 报到 has its own card for members (我的报到), 服务 its entries for residents and members, 积分 for members and merchants;
// the rest are still to come.
const TILES: { key: MessageKey; icon: ReactNode }[] = [
  { key: 'phone.tiles.service', icon: <HeartOutlined /> },
  { key: 'phone.tiles.points', icon: <StarOutlined /> },
];

/** 我的: who I am, messages, 服务 entries, my registration and grid roles (members), the coming features, language, elder-friendly mode and logout. */
export function MePage() {
  const { t, roleLabel, kindLabel } = useI18n();
  const { account } = useCurrentSession();
  const elder = useElderMode();
  const logout = useLogout('/m/login');
  const navigate = useNavigate();
  const unread = useNotifications().data?.unread ?? 0;
  const tiles = TILES.filter(
    (tile) => !(tile.key === 'phone.tiles.service' && hasOrderEntries(account.role)) && !(tile.key === 'phone.tiles.points' && hasPointsEntries(account.role)),
  );

  const confirmLogout = async () => {
    const ok = await Dialog.confirm({ content: t('auth.logout.confirm'), confirmText: t('common.ok'), cancelText: t('common.cancel') });
    if (ok) logout.mutate();
  };

  return (
    <div data-testid="phone-me">
      <NavBar back={null}>{t('phone.me.title')}</NavBar>
      <div className="phone-page">
        <Card>
          <div className="phone-profile">
            <span className="phone-avatar" aria-hidden>
              <UserOutlined />
            </span>
            <div>
              <div className="name" data-testid="phone-name">
                {account.displayName}
              </div>
              <div className="meta" data-testid="phone-role">
                {t('phone.me.role', { role: roleLabel(account.role) })}
              </div>
              <div className="meta" data-testid="phone-place">
                {t('phone.me.place', { place: `${kindLabel(account.place.kind)} · ${account.place.name}` })}
              </div>
            </div>
          </div>
        </Card>

        <EmergencyBanner role={account.role} />

        <List mode="card" className="phone-section">
          <List.Item
            prefix={<BellOutlined />}
            extra={unread > 0 && <Badge content={unread > 99 ? '99+' : unread} data-testid="me-notices-unread" />}
            onClick={() => navigate('/m/notices')}
            data-testid="me-notices"
          >
            {t('self.notices.title')}
          </List.Item>
        </List>

        {account.role === 'merchant' && <PointsEntries role={account.role} />}
        <OrderEntries role={account.role} />
        <WishEntries role={account.role} />
        <ActivityEntries role={account.role} />
        <VisitEntries role={account.role} />

        {account.role === 'member' && <MyRegistrationCard />}
        {account.role === 'member' && <MyGridRolesCard />}
        {account.role === 'member' && <PointsEntries role={account.role} />}
        <EvaluationEntries role={account.role} />
        <DeliberationEntries role={account.role} />
        <MediationEntries role={account.role} />

        {tiles.length > 0 && (
          <Grid columns={tiles.length} gap={8} className="phone-section">
            {tiles.map((tile) => (
              <Grid.Item key={tile.key}>
                <div className="phone-tile">
                  <span className="icon">{tile.icon}</span>
                  <span>{t(tile.key)}</span>
                  <span className="soon">{t('common.comingSoon')}</span>
                </div>
              </Grid.Item>
            ))}
          </Grid>
        )}

        <List mode="card" className="phone-section">
          <List.Item extra={<PhoneLangSwitch />}>{t('lang.label')}</List.Item>
          <List.Item
            description={t('phone.elder.hint')}
            extra={<Switch checked={elder} onChange={setElderMode} data-testid="elder-switch" aria-label={t('phone.elder')} />}
          >
            {t('phone.elder')}
          </List.Item>
          <List.Item prefix={<KeyOutlined />} onClick={() => navigate('/m/password')}>
            {t('nav.changePassword')}
          </List.Item>
          {isConsoleRole(account.role) && (
            <List.Item prefix={<DesktopOutlined />} onClick={() => navigate('/')}>
              {t('phone.toConsole')}
            </List.Item>
          )}
        </List>

        <Button
          block
          color="danger"
          fill="outline"
          size="large"
          className="phone-section"
          onClick={() => void confirmLogout()}
          loading={logout.isPending}
          data-testid="phone-logout"
        >
          {t('auth.logout')}
        </Button>
      </div>
    </div>
  );
}
