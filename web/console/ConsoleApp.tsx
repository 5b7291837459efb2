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
              <Route element={<ConsoleLayout />}>
                <Route index element={<HomePage />} />
                <Route path="places" element={<PlacesPage />} />
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
