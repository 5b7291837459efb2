import { App as AntApp, ConfigProvider } from 'antd';
import enUSModule from 'antd/es/locale/en_US.js';
import type { Locale } from 'antd/es/locale/index.js';
import zhCNModule from 'antd/es/locale/zh_CN.js';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn.js';
import { lazy, Suspense, useEffect } from 'react';
import { Route, Routes } from 'react-router-dom';
import { LoginPage } from '../auth/LoginPage.js';
import { PasswordPage } from '../auth/PasswordPage.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { esmDefault } from '../shared/interop.js';
import { ConsoleGuard, RoleGate } from './ConsoleGuard.js';
import { can } from './capabilities.js';
import { ConsoleLayout } from './layout/ConsoleLayout.js';
import { NotFound } from './layout/NotFound.js';
import { PageSpin } from './layout/PageSpin.js';
import { THEME } from './theme.js';

// Each page is its own chunk: the chart library loads only with the home page.
const HomePage = lazy(() => import('./home/HomePage.js').then((m) => ({ default: m.HomePage })));
const PlacesPage = lazy(() => import('./places/PlacesPage.js').then((m) => ({ default: m.PlacesPage })));
const AccountsPage = lazy(() => import('./accounts/AccountsPage.js').then((m) => ({ default: m.AccountsPage })));
const AuditPage = lazy(() => import('./audit/AuditPage.js').then((m) => ({ default: m.AuditPage })));
const OrganizationsPage = lazy(() => import('./organizations/OrganizationsPage.js').then((m) => ({ default: m.OrganizationsPage })));
const MembersPage = lazy(() => import('./members/MembersPage.js').then((m) => ({ default: m.MembersPage })));
const MemberDetailPage = lazy(() => import('./members/MemberDetailPage.js').then((m) => ({ default: m.MemberDetailPage })));
const HouseholdsPage = lazy(() => import('./households/HouseholdsPage.js').then((m) => ({ default: m.HouseholdsPage })));
const MemberRegistrationsPage = lazy(() => import('./registrations/MemberRegistrationsPage.js').then((m) => ({ default: m.MemberRegistrationsPage })));
const UnitRegistrationsPage = lazy(() => import('./registrations/UnitRegistrationsPage.js').then((m) => ({ default: m.UnitRegistrationsPage })));
const PosterPage = lazy(() => import('./registrations/PosterPage.js').then((m) => ({ default: m.PosterPage })));
const CoveragePage = lazy(() => import('./registrations/CoveragePage.js').then((m) => ({ default: m.CoveragePage })));
const UnregisteredPage = lazy(() => import('./registrations/UnregisteredPage.js').then((m) => ({ default: m.UnregisteredPage })));
const BalancePage = lazy(() => import('./registrations/BalancePage.js').then((m) => ({ default: m.BalancePage })));
const ResourcesPage = lazy(() => import('./resources/ResourcesPage.js').then((m) => ({ default: m.ResourcesPage })));
const HalfYearReportPage = lazy(() => import('./members/HalfYearReportPage.js').then((m) => ({ default: m.HalfYearReportPage })));
const ServiceSummaryPage = lazy(() => import('./service/ServiceSummaryPage.js').then((m) => ({ default: m.ServiceSummaryPage })));
const WishesPage = lazy(() => import('./wishes/WishesPage.js').then((m) => ({ default: m.WishesPage })));
const ActivitiesPage = lazy(() => import('./activities/ActivitiesPage.js').then((m) => ({ default: m.ActivitiesPage })));
const ActivityDetailPage = lazy(() => import('./activities/ActivityDetailPage.js').then((m) => ({ default: m.ActivityDetailPage })));
const ActivityScreenPage = lazy(() => import('./activities/ActivityScreenPage.js').then((m) => ({ default: m.ActivityScreenPage })));
const ProjectsPage = lazy(() => import('./projects/ProjectsPage.js').then((m) => ({ default: m.ProjectsPage })));
const NeedListPage = lazy(() => import('./projects/NeedListPage.js').then((m) => ({ default: m.NeedListPage })));
const PostsPage = lazy(() => import('./posts/PostsPage.js').then((m) => ({ default: m.PostsPage })));
const PostDetailPage = lazy(() => import('./posts/PostDetailPage.js').then((m) => ({ default: m.PostDetailPage })));
const TeamsPage = lazy(() => import('./teams/TeamsPage.js').then((m) => ({ default: m.TeamsPage })));
const ThemesPage = lazy(() => import('./activities/ThemesPage.js').then((m) => ({ default: m.ThemesPage })));
const OrdersPage = lazy(() => import('./orders/OrdersPage.js').then((m) => ({ default: m.OrdersPage })));
const OrderDetailPage = lazy(() => import('./orders/OrderDetailPage.js').then((m) => ({ default: m.OrderDetailPage })));
const SuggestionsPage = lazy(() => import('./pairing/SuggestionsPage.js').then((m) => ({ default: m.SuggestionsPage })));
const KeyHouseholdsPage = lazy(() => import('./pairing/KeyHouseholdsPage.js').then((m) => ({ default: m.KeyHouseholdsPage })));
const PairingCoveragePage = lazy(() => import('./pairing/PairingCoveragePage.js').then((m) => ({ default: m.PairingCoveragePage })));
const UnitPairingsPage = lazy(() => import('./pairing/UnitPairingsPage.js').then((m) => ({ default: m.UnitPairingsPage })));
const PairingRulesPage = lazy(() => import('./pairing/RulesPage.js').then((m) => ({ default: m.RulesPage })));
const ResidentsPage = lazy(() => import('./residents/ResidentsPage.js').then((m) => ({ default: m.ResidentsPage })));
const GridPage = lazy(() => import('./grid/GridPage.js').then((m) => ({ default: m.GridPage })));
const PointRulesPage = lazy(() => import('./points/PointRulesPage.js').then((m) => ({ default: m.PointRulesPage })));
const PointLedgerPage = lazy(() => import('./points/PointLedgerPage.js').then((m) => ({ default: m.PointLedgerPage })));
const MerchantsPage = lazy(() => import('./points/MerchantsPage.js').then((m) => ({ default: m.MerchantsPage })));
const EvaluationPage = lazy(() => import('./evaluation/EvaluationPage.js').then((m) => ({ default: m.EvaluationPage })));
const FeedbackPage = lazy(() => import('./evaluation/FeedbackPage.js').then((m) => ({ default: m.FeedbackPage })));
const ReviewsPage = lazy(() => import('./evaluation/ReviewsPage.js').then((m) => ({ default: m.ReviewsPage })));
const QuarterlyPage = lazy(() => import('./evaluation/QuarterlyPage.js').then((m) => ({ default: m.QuarterlyPage })));
const NoticePage = lazy(() => import('./evaluation/NoticePage.js').then((m) => ({ default: m.NoticePage })));
const DeliberationPage = lazy(() => import('./deliberation/DeliberationPage.js').then((m) => ({ default: m.DeliberationPage })));
const MeetingPage = lazy(() => import('./deliberation/MeetingPage.js').then((m) => ({ default: m.MeetingPage })));
const DeliberationBoardPage = lazy(() => import('./deliberation/BoardPage.js').then((m) => ({ default: m.BoardPage })));
const EmergenciesPage = lazy(() => import('./emergency/EmergenciesPage.js').then((m) => ({ default: m.EmergenciesPage })));
const EmergencyPage = lazy(() => import('./emergency/EmergencyPage.js').then((m) => ({ default: m.EmergencyPage })));
const MediationPage = lazy(() => import('./mediation/MediationPage.js').then((m) => ({ default: m.MediationPage })));
const CasePage = lazy(() => import('./mediation/CasePage.js').then((m) => ({ default: m.CasePage })));
const DashboardPage = lazy(() => import('./dashboard/DashboardPage.js').then((m) => ({ default: m.DashboardPage })));
const UnitDashboardPage = lazy(() => import('./dashboard/UnitDashboardPage.js').then((m) => ({ default: m.UnitDashboardPage })));
const DashboardWallPage = lazy(() => import('./dashboard/WallPage.js').then((m) => ({ default: m.WallPage })));
const ReportsPage = lazy(() => import('./dashboard/ReportsPage.js').then((m) => ({ default: m.ReportsPage })));

/** The desktop console: antd, in the chosen language. */
const LOCALES = { 'zh-CN': esmDefault<Locale>(zhCNModule), en: esmDefault<Locale>(enUSModule) };

export function ConsoleApp() {
  const { lang } = useI18n();
  useEffect(() => {
    dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
  }, [lang]);

  return (
    <ConfigProvider locale={LOCALES[lang]} theme={THEME}>
      <AntApp>
        <Suspense fallback={<PageSpin />}>
          <Routes>
            <Route path="login" element={<LoginPage />} />
            <Route path="password" element={<PasswordPage />} />
            <Route element={<ConsoleGuard />}>
              {/* 大屏: full screen, without the menu, still behind login. */}
              <Route element={<RoleGate allow={can.readDashboard} />}>
                <Route path="dashboard/wall" element={<DashboardWallPage />} />
              </Route>
              <Route element={<ConsoleLayout />}>
                <Route index element={<HomePage />} />
                <Route path="places" element={<PlacesPage />} />
                <Route element={<RoleGate allow={can.readOrganizations} />}>
                  <Route path="organizations" element={<OrganizationsPage />} />
                </Route>
                <Route element={<RoleGate allow={can.readMembers} />}>
                  <Route path="members" element={<MembersPage />} />
                  <Route path="members/:id" element={<MemberDetailPage />} />
                  <Route path="members/:id/report" element={<HalfYearReportPage />} />
                </Route>
                <Route element={<RoleGate allow={can.readHouseholds} />}>
                  <Route path="households" element={<HouseholdsPage />} />
                  <Route path="residents" element={<ResidentsPage />} />
                </Route>
                <Route element={<RoleGate allow={can.readMemberRegistrations} />}>
                  <Route path="registrations/members" element={<MemberRegistrationsPage />} />
                </Route>
                <Route element={<RoleGate allow={can.reviewRegistrations} />}>
                  <Route path="registrations/poster" element={<PosterPage />} />
                </Route>
                <Route element={<RoleGate allow={can.readCoverage} />}>
                  <Route path="registrations/coverage" element={<CoveragePage />} />
                </Route>
                <Route element={<RoleGate allow={can.remindUnregistered} />}>
                  <Route path="registrations/unregistered" element={<UnregisteredPage />} />
                </Route>
                <Route element={<RoleGate allow={can.balanceRegistrations} />}>
                  <Route path="registrations/balance" element={<BalancePage />} />
                </Route>
                <Route element={<RoleGate allow={can.readResources} />}>
                  <Route path="resources" element={<ResourcesPage />} />
                </Route>
                <Route element={<RoleGate allow={can.serviceSummary} />}>
                  <Route path="service-summary" element={<ServiceSummaryPage />} />
                </Route>
                <Route element={<RoleGate allow={can.readWishes} />}>
                  <Route path="wishes" element={<WishesPage />} />
                </Route>
                <Route element={<RoleGate allow={can.readActivities} />}>
                  <Route path="activities" element={<ActivitiesPage />} />
                  <Route path="activities/:id" element={<ActivityDetailPage />} />
                  <Route path="themes" element={<ThemesPage />} />
                </Route>
                <Route element={<RoleGate allow={can.organiseActivities} />}>
                  <Route path="activities/:id/screen" element={<ActivityScreenPage />} />
                </Route>
                <Route element={<RoleGate allow={can.readProjects} />}>
                  <Route path="projects" element={<ProjectsPage />} />
                </Route>
                <Route element={<RoleGate allow={can.manageProjects} />}>
                  <Route path="needs" element={<NeedListPage />} />
                </Route>
                <Route element={<RoleGate allow={can.managePosts} />}>
                  <Route path="posts" element={<PostsPage />} />
                  <Route path="posts/:id" element={<PostDetailPage />} />
                </Route>
                <Route element={<RoleGate allow={can.manageTeams} />}>
                  <Route path="teams" element={<TeamsPage />} />
                </Route>
                <Route element={<RoleGate allow={can.readOrders} />}>
                  <Route path="orders" element={<OrdersPage />} />
                  <Route path="orders/:id" element={<OrderDetailPage />} />
                </Route>
                <Route element={<RoleGate allow={can.managePairings} />}>
                  <Route path="pairing" element={<SuggestionsPage />} />
                </Route>
                <Route element={<RoleGate allow={can.readKeyHouseholds} />}>
                  <Route path="pairing/key-households" element={<KeyHouseholdsPage />} />
                </Route>
                <Route element={<RoleGate allow={can.readPairingCoverage} />}>
                  <Route path="pairing/coverage" element={<PairingCoveragePage />} />
                </Route>
                <Route element={<RoleGate allow={can.readUnitPairings} />}>
                  <Route path="pairing/units" element={<UnitPairingsPage />} />
                </Route>
                <Route element={<RoleGate allow={can.setPairingRules} />}>
                  <Route path="pairing/rules" element={<PairingRulesPage />} />
                </Route>
                <Route element={<RoleGate allow={can.readGrid} />}>
                  <Route path="grids/:id" element={<GridPage />} />
                </Route>
                <Route element={<RoleGate allow={can.readPointRules} />}>
                  <Route path="points/rules" element={<PointRulesPage />} />
                </Route>
                <Route element={<RoleGate allow={can.readPointLedger} />}>
                  <Route path="points/ledger" element={<PointLedgerPage />} />
                </Route>
                <Route element={<RoleGate allow={can.manageMerchants} />}>
                  <Route path="points/merchants" element={<MerchantsPage />} />
                </Route>
                <Route element={<RoleGate allow={can.readEvaluation} />}>
                  <Route path="evaluation" element={<EvaluationPage />} />
                  <Route path="evaluation/appeals" element={<EvaluationPage />} />
                </Route>
                <Route element={<RoleGate allow={can.readFeedbackCards} />}>
                  <Route path="evaluation/feedback" element={<FeedbackPage />} />
                </Route>
                <Route element={<RoleGate allow={can.readReviewCampaign} />}>
                  <Route path="evaluation/reviews" element={<ReviewsPage />} />
                </Route>
                <Route element={<RoleGate allow={can.readQuarterly} />}>
                  <Route path="evaluation/quarterly" element={<QuarterlyPage />} />
                </Route>
                <Route element={<RoleGate allow={can.readNotices} />}>
                  <Route path="notices" element={<NoticePage />} />
                  <Route path="notices/:placeId" element={<NoticePage />} />
                </Route>
                <Route element={<RoleGate allow={can.readUnitRegistrations} />}>
                  <Route path="registrations/units" element={<UnitRegistrationsPage />} />
                </Route>
                <Route element={<RoleGate allow={can.readDeliberation} />}>
                  <Route path="deliberation" element={<DeliberationPage />} />
                </Route>
                <Route element={<RoleGate allow={can.readDeliberationMeetings} />}>
                  <Route path="deliberation/meetings/:id" element={<MeetingPage />} />
                </Route>
                <Route element={<RoleGate allow={can.readDeliberationBoard} />}>
                  <Route path="deliberation/board" element={<DeliberationBoardPage />} />
                  <Route path="deliberation/board/:placeId" element={<DeliberationBoardPage />} />
                </Route>
                <Route element={<RoleGate allow={can.readEmergencies} />}>
                  <Route path="emergency" element={<EmergenciesPage />} />
                  <Route path="emergency/:id" element={<EmergencyPage />} />
                </Route>
                <Route element={<RoleGate allow={can.readMediation} />}>
                  <Route path="mediation" element={<MediationPage />} />
                  <Route path="mediation/:id" element={<CasePage />} />
                </Route>
                <Route element={<RoleGate allow={can.readDashboard} />}>
                  <Route path="dashboard" element={<DashboardPage />} />
                  <Route path="reports" element={<ReportsPage />} />
                </Route>
                <Route element={<RoleGate allow={can.readUnitDashboard} />}>
                  <Route path="dashboard/unit" element={<UnitDashboardPage />} />
                </Route>
                <Route element={<RoleGate allow={can.manageAccounts} />}>
                  <Route path="accounts" element={<AccountsPage />} />
                </Route>
                <Route element={<RoleGate allow={can.readAudit} />}>
                  <Route path="audit" element={<AuditPage />} />
                </Route>
                <Route path="*" element={<NotFound />} />
              </Route>
            </Route>
          </Routes>
        </Suspense>
      </AntApp>
    </ConfigProvider>
  );
}
