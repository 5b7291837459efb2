import { ConfigProvider, unstableSetRender } from 'antd-mobile';
import enUSModule from 'antd-mobile/es/locales/en-US.js';
import type { Locale } from 'antd-mobile/es/locales/base.js';
import zhCNModule from 'antd-mobile/es/locales/zh-CN.js';
import { createRoot, type Root } from 'react-dom/client';
import { Navigate, Route, Routes } from 'react-router-dom';
import { useI18n } from '../i18n/I18nProvider.js';
import { esmDefault } from '../shared/interop.js';
import { MePage } from './MePage.js';
import { NoticesPage } from './NoticesPage.js';
import { ActivitiesPhonePage } from './activities/ActivitiesPhonePage.js';
import { ActivityPhonePage } from './activities/ActivityPhonePage.js';
import { CheckPage } from './activities/CheckPage.js';
import { PostsPhonePage } from './posts/PostsPhonePage.js';
import { WishesPhonePage } from './wishes/WishesPhonePage.js';
import { WishNewPage } from './wishes/WishNewPage.js';
import { WishWallPage } from './wishes/WishWallPage.js';
import { OrderDetailPage } from './orders/OrderDetailPage.js';
import { OrderNewPage } from './orders/OrderNewPage.js';
import { OrdersListPage } from './orders/OrdersListPage.js';
import { PhoneGuard } from './PhoneGuard.js';
import { DueListPage } from './visits/DueListPage.js';
import { VisitNewPage } from './visits/VisitNewPage.js';
import { CodePage } from './points/CodePage.js';
import { MyPointsPage } from './points/MyPointsPage.js';
import { ShopPage } from './points/ShopPage.js';
import { FeedbackCardPage } from './evaluation/FeedbackCardPage.js';
import { MyEvaluationPage } from './evaluation/MyEvaluationPage.js';
import { NoticeBoardPage } from './evaluation/NoticeBoardPage.js';
import { ReviewsPage } from './evaluation/ReviewsPage.js';
import { MyTopicsPage } from './deliberation/MyTopicsPage.js';
import { TopicNewPage } from './deliberation/TopicNewPage.js';
import { MyTasksPage } from './deliberation/MyTasksPage.js';
import { PhoneBoardPage } from './deliberation/PhoneBoardPage.js';
import { EmergencyCallPage } from './emergency/EmergencyCallPage.js';
import { MyCasesPage } from './mediation/MyCasesPage.js';
import { CasePhonePage } from './mediation/CasePhonePage.js';
import { PhoneLogin } from './PhoneLogin.js';
import { PhonePassword } from './PhonePassword.js';
import { RegisterPage } from './RegisterPage.js';
import './phone.css';

const LOCALES = { 'zh-CN': esmDefault<Locale>(zhCNModule), en: esmDefault<Locale>(enUSModule) };

// antd-mobile 5 renders Toast and Dialog with the React 18 API unless told how to under React 19.
const roots = new WeakMap<Element | DocumentFragment, Root>();
unstableSetRender((node, container) => {
  const root = roots.get(container) ?? createRoot(container);
  roots.set(container, root);
  root.render(node);
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    root.unmount();
    roots.delete(container);
  };
});

/** The phone pages (antd-mobile), opened from QR codes; for members, residents and merchants. */
export function PhoneApp() {
  const { lang } = useI18n();
  return (
    <ConfigProvider locale={LOCALES[lang]}>
      <div className="phone">
        <Routes>
          <Route path="login" element={<PhoneLogin />} />
          <Route path="password" element={<PhonePassword />} />
          <Route path="register/:communityId" element={<RegisterPage />} />
          <Route path="wall/:communityId" element={<WishWallPage />} />
          <Route element={<PhoneGuard />}>
            <Route index element={<MePage />} />
            <Route path="notices" element={<NoticesPage />} />
            <Route path="orders" element={<OrdersListPage />} />
            <Route path="orders/new" element={<OrderNewPage />} />
            <Route path="orders/:id" element={<OrderDetailPage />} />
            <Route path="activities" element={<ActivitiesPhonePage />} />
            <Route path="activities/:id" element={<ActivityPhonePage />} />
            <Route path="activities/:id/check" element={<CheckPage />} />
            <Route path="posts" element={<PostsPhonePage />} />
            <Route path="wishes" element={<WishesPhonePage />} />
            <Route path="wishes/new" element={<WishNewPage />} />
            <Route path="visits" element={<DueListPage />} />
            <Route path="visits/new" element={<VisitNewPage />} />
            <Route path="points" element={<MyPointsPage />} />
            <Route path="points/code" element={<CodePage />} />
            <Route path="shop" element={<ShopPage />} />
            <Route path="evaluation" element={<MyEvaluationPage />} />
            <Route path="evaluation/:year/card" element={<FeedbackCardPage />} />
            <Route path="reviews" element={<ReviewsPage />} />
            <Route path="notice" element={<NoticeBoardPage />} />
            <Route path="notice/:placeId" element={<NoticeBoardPage />} />
            <Route path="topics" element={<MyTopicsPage />} />
            <Route path="topics/new" element={<TopicNewPage />} />
            <Route path="tasks" element={<MyTasksPage />} />
            <Route path="board" element={<PhoneBoardPage />} />
            <Route path="board/:placeId" element={<PhoneBoardPage />} />
            <Route path="emergency/:id" element={<EmergencyCallPage />} />
            <Route path="mediation" element={<MyCasesPage />} />
            <Route path="mediation/:id" element={<CasePhonePage />} />
          </Route>
          <Route path="*" element={<Navigate to="/m" replace />} />
        </Routes>
      </div>
    </ConfigProvider>
  );
}
