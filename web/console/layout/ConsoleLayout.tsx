import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BellOutlined,
  ContactsOutlined,
  CustomerServiceOutlined,
  FlagOutlined,
  GiftOutlined,
  HomeOutlined,
  IdcardOutlined,
  NodeIndexOutlined,
  PieChartOutlined,
  QrcodeOutlined,
  ShopOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Layout, Menu, type MenuProps, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useIdleWatch } from '../../auth/useIdleWatch.js';
import { useT } from '../../i18n/I18nProvider.js';
import { can } from '../capabilities.js';
import { PageSpin } from './PageSpin.js';
import { UserBar } from './UserBar.js';

const SECTIONS = [
  '/orders',
  '/registrations/members',
  '/registrations/units',
  '/registrations/coverage',
  '/registrations/unregistered',
  '/registrations/balance',
  '/registrations/poster',
  '/resources',
  '/places',
  '/organizations',
  '/members',
  '/households',
  '/residents',
  '/accounts',
  '/audit',
];

/** The menu key of a path: its first segment, or '/' for home. */
const sectionOf = (path: string) => SECTIONS.find((s) => path === s || path.startsWith(`${s}/`)) ?? '/';

export function ConsoleLayout() {
  const t = useT();
  const session = useCurrentSession();
  const { role } = session.account;
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [narrow, setNarrow] = useState(false);
  useIdleWatch(session.idleTimeoutSeconds);

  const items: MenuProps['items'] = [
    { key: '/', icon: <HomeOutlined />, label: t('nav.home') },
    { key: '/places', icon: <ApartmentOutlined />, label: t('nav.places') },
    ...(can.readOrganizations(role) ? [{ key: '/organizations', icon: <BankOutlined />, label: t('nav.organizations') }] : []),
    ...(can.readMembers(role) ? [{ key: '/members', icon: <IdcardOutlined />, label: t('nav.members') }] : []),
    ...(can.readHouseholds(role) ? [{ key: '/households', icon: <ShopOutlined />, label: t('nav.households') }] : []),
    ...(can.readHouseholds(role) ? [{ key: '/residents', icon: <ContactsOutlined />, label: t('nav.residents') }] : []),
    ...(can.readMemberRegistrations(role)
      ? [
          {
            key: '/registrations/members',
            icon: <SolutionOutlined />,
            label: t(can.reviewRegistrations(role) ? 'nav.memberRegistrations' : 'nav.memberLedger'),
          },
        ]
      : []),
    ...(can.readUnitRegistrations(role) ? [{ key: '/registrations/units', icon: <FlagOutlined />, label: t('nav.unitRegistrations') }] : []),
    ...(can.readCoverage(role) ? [{ key: '/registrations/coverage', icon: <PieChartOutlined />, label: t('nav.coverage') }] : []),
    ...(can.remindUnregistered(role) ? [{ key: '/registrations/unregistered', icon: <BellOutlined />, label: t('nav.unregistered') }] : []),
    ...(can.balanceRegistrations(role) ? [{ key: '/registrations/balance', icon: <NodeIndexOutlined />, label: t('nav.balance') }] : []),
    ...(can.reviewRegistrations(role) ? [{ key: '/registrations/poster', icon: <QrcodeOutlined />, label: t('nav.poster') }] : []),
    ...(can.readResources(role) ? [{ key: '/resources', icon: <GiftOutlined />, label: t('nav.resources') }] : []),
    ...(can.readOrders(role) ? [{ key: '/orders', icon: <CustomerServiceOutlined />, label: t('nav.orders') }] : []),
    ...(can.manageAccounts(role) ? [{ key: '/accounts', icon: <TeamOutlined />, label: t('nav.accounts') }] : []),
    ...(can.readAudit(role) ? [{ key: '/audit', icon: <AuditOutlined />, label: t('nav.audit') }] : []),
  ];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={narrow ? 0 : 80} onBreakpoint={setNarrow} theme="dark" width={200}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0, padding: '16px 24px', whiteSpace: 'nowrap', overflow: 'hidden' }}>
          {t('app.name')}
        </Typography.Title>
        <Menu
          theme="dark"
          mode="inline"
          aria-label={t('nav.menu')}
          data-testid="console-menu"
          selectedKeys={[sectionOf(pathname)]}
          items={items}
          onClick={({ key }) => navigate(key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', padding: '0 16px', borderBottom: '1px solid #f0f0f0' }}>
          <UserBar />
        </Layout.Header>
        <Layout.Content style={{ padding: 16, minWidth: 0 }}>
          {/* Pages load on first visit; the menu and header stay while they do. */}
          <Suspense fallback={<PageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
