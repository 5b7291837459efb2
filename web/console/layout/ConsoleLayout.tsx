import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  HeartOutlined,
  ProjectOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  UnorderedListOutlined,
  UsergroupAddOutlined,
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
  LinkOutlined,
  AlertOutlined,
  DotChartOutlined,
  BuildOutlined,
  ControlOutlined,
  ClusterOutlined,
  TrophyOutlined,
  AccountBookOutlined,
  ShoppingOutlined,
  StarOutlined,
  FileTextOutlined,
  CommentOutlined,
  ReconciliationOutlined,
  NotificationOutlined,
  InteractionOutlined,
  ProfileOutlined,
  ThunderboltOutlined,
  MessageOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FundOutlined,
} from '@ant-design/icons';
import { Layout, Menu, type MenuProps, Typography } from 'antd';
import { type ReactNode, Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useIdleWatch } from '../../auth/useIdleWatch.js';
import { useT } from '../../i18n/I18nProvider.js';
import { can } from '../capabilities.js';
import { PageSpin } from './PageSpin.js';
import { UserBar } from './UserBar.js';

const SECTIONS = [
  '/dashboard/unit',
  '/dashboard',
  '/reports',
  '/points/rules',
  '/points/ledger',
  '/points/merchants',
  '/evaluation/feedback',
  '/evaluation/reviews',
  '/evaluation/quarterly',
  '/evaluation',
  '/notices',
  '/deliberation/board',
  '/deliberation',
  '/emergency',
  '/mediation',
  '/pairing/key-households',
  '/pairing/coverage',
  '/pairing/units',
  '/pairing/rules',
  '/pairing',
  '/orders',
  '/service-summary',
  '/wishes',
  '/activities',
  '/projects',
  '/needs',
  '/posts',
  '/teams',
  '/themes',
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

  const entry = (allowed: boolean, key: string, icon: ReactNode, label: string) => (allowed ? [{ key, icon, label }] : []);
  const group = (key: string, label: string, children: { key: string; icon: ReactNode; label: string }[]) =>
    children.length ? [{ type: 'group' as const, key, label, children }] : [];
  const items: MenuProps['items'] = [
    { key: '/', icon: <HomeOutlined />, label: t('nav.home') },
    ...entry(can.readDashboard(role), '/dashboard', <DashboardOutlined />, t('nav.dashboard')),
    ...entry(can.readDashboard(role), '/reports', <FileDoneOutlined />, t('nav.reports')),
    ...entry(can.readUnitDashboard(role) && !can.readDashboard(role), '/dashboard/unit', <FundOutlined />, t('nav.unitDashboard')),
    ...group('basics', t('nav.group.basics'), [
      ...entry(true, '/places', <ApartmentOutlined />, t('nav.places')),
      ...entry(can.readOrganizations(role), '/organizations', <BankOutlined />, t('nav.organizations')),
      ...entry(can.readMembers(role), '/members', <IdcardOutlined />, t('nav.members')),
      ...entry(can.readHouseholds(role), '/households', <ShopOutlined />, t('nav.households')),
      ...entry(can.readHouseholds(role), '/residents', <ContactsOutlined />, t('nav.residents')),
    ]),
    ...group('registration', t('nav.group.registration'), [
      ...entry(
        can.readMemberRegistrations(role),
        '/registrations/members',
        <SolutionOutlined />,
        t(can.reviewRegistrations(role) ? 'nav.memberRegistrations' : 'nav.memberLedger'),
      ),
      ...entry(can.readUnitRegistrations(role), '/registrations/units', <FlagOutlined />, t('nav.unitRegistrations')),
      ...entry(can.readCoverage(role), '/registrations/coverage', <PieChartOutlined />, t('nav.coverage')),
      ...entry(can.remindUnregistered(role), '/registrations/unregistered', <BellOutlined />, t('nav.unregistered')),
      ...entry(can.balanceRegistrations(role), '/registrations/balance', <NodeIndexOutlined />, t('nav.balance')),
      ...entry(can.reviewRegistrations(role), '/registrations/poster', <QrcodeOutlined />, t('nav.poster')),
    ]),
    ...group('service', t('nav.group.service'), [
      ...entry(can.readOrders(role), '/orders', <CustomerServiceOutlined />, t('nav.orders')),
      ...entry(can.serviceSummary(role), '/service-summary', <BarChartOutlined />, t('nav.serviceSummary')),
      ...entry(can.readWishes(role), '/wishes', <HeartOutlined />, t('nav.wishes')),
      ...entry(can.readActivities(role), '/activities', <CalendarOutlined />, t('nav.activities')),
      ...entry(can.readProjects(role), '/projects', <ProjectOutlined />, t('nav.projects')),
      ...entry(can.manageProjects(role), '/needs', <UnorderedListOutlined />, t('nav.needs')),
      ...entry(can.readResources(role), '/resources', <GiftOutlined />, t('nav.resources')),
      ...entry(can.managePosts(role), '/posts', <SafetyCertificateOutlined />, t('nav.posts')),
      ...entry(can.manageTeams(role), '/teams', <UsergroupAddOutlined />, t('nav.teams')),
      ...entry(can.readActivities(role), '/themes', <ScheduleOutlined />, t('nav.themes')),
    ]),
    ...group('pairing', t('nav.group.pairing'), [
      ...entry(can.managePairings(role), '/pairing', <LinkOutlined />, t('nav.pairing')),
      ...entry(can.readKeyHouseholds(role), '/pairing/key-households', <AlertOutlined />, t('nav.keyHouseholds')),
      ...entry(can.readPairingCoverage(role), '/pairing/coverage', <DotChartOutlined />, t('nav.pairingCoverage')),
      ...entry(can.readUnitPairings(role), '/pairing/units', <BuildOutlined />, t('nav.unitPairings')),
      ...entry(can.setPairingRules(role), '/pairing/rules', <ControlOutlined />, t('nav.pairingRules')),
      ...entry(
        role === 'gridWorker' && (session.account.place.kind === 'grid' || session.account.place.kind === 'compound'),
        `/grids/${session.account.place.id}`,
        <ClusterOutlined />,
        t('nav.grid'),
      ),
    ]),
    ...group('evaluation', t('nav.group.evaluation'), [
      ...entry(can.readPointRules(role), '/points/rules', <TrophyOutlined />, t('nav.pointRules')),
      ...entry(can.readPointLedger(role), '/points/ledger', <AccountBookOutlined />, t('nav.pointLedger')),
      ...entry(can.manageMerchants(role), '/points/merchants', <ShoppingOutlined />, t('nav.merchants')),
      ...entry(can.readEvaluation(role), '/evaluation', <StarOutlined />, t('nav.evaluation')),
      ...entry(can.readFeedbackCards(role), '/evaluation/feedback', <FileTextOutlined />, t('nav.feedbackCards')),
      ...entry(can.readReviewCampaign(role), '/evaluation/reviews', <CommentOutlined />, t('nav.reviewCampaign')),
      ...entry(can.readQuarterly(role), '/evaluation/quarterly', <ReconciliationOutlined />, t('nav.quarterly')),
      ...entry(can.readNotices(role), '/notices', <NotificationOutlined />, t('nav.notices')),
    ]),
    ...group('governance', t('nav.group.governance'), [
      ...entry(can.readDeliberation(role), '/deliberation', <InteractionOutlined />, t('nav.deliberation')),
      ...entry(can.readDeliberationBoard(role), '/deliberation/board', <ProfileOutlined />, t('nav.deliberationBoard')),
      ...entry(can.readEmergencies(role), '/emergency', <ThunderboltOutlined />, t('nav.emergency')),
      ...entry(can.readMediation(role), '/mediation', <MessageOutlined />, t('nav.mediation')),
    ]),
    ...group('system', t('nav.group.system'), [
      ...entry(can.manageAccounts(role), '/accounts', <TeamOutlined />, t('nav.accounts')),
      ...entry(can.readAudit(role), '/audit', <AuditOutlined />, t('nav.audit')),
    ]),
  ];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        breakpoint="lg"
        collapsedWidth={narrow ? 0 : 80}
        onBreakpoint={setNarrow}
        theme="dark"
        width={200}
        style={{ overflow: 'auto', height: '100vh', position: 'sticky', top: 0 }}
      >
        <Typography.Title level={4} style={{ color: '#fff', margin: 0, padding: '16px 24px', whiteSpace: 'nowrap', overflow: 'hidden' }}>
          {t('app.name')}
        </Typography.Title>
        <Menu
          theme="dark"
          mode="inline"
          aria-label={t('nav.menu')}
          data-testid="console-menu"
          selectedKeys={[pathname.startsWith('/grids/') ? pathname : sectionOf(pathname)]}
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
