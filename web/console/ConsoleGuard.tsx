import { Button, Result } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import type { Role } from '#contracts/labels.js';
import { isConsoleRole, useSession } from '../api/auth.js';
import { SessionContext, useCurrentSession } from '../auth/SessionContext.js';
import type { LoginState } from '../auth/loginState.js';
import { useT } from '../i18n/I18nProvider.js';
import { NotFound } from './layout/NotFound.js';
import { PageSpin } from './layout/PageSpin.js';

/** Console pages need a session of a console role with a changed password. */
export function ConsoleGuard() {
  const t = useT();
  const location = useLocation();
  const { data: session, isPending, isError, refetch } = useSession();

  if (isPending) return <PageSpin />;
  if (isError) {
    return (
      <Result
        status="warning"
        title={t('common.loadFailed')}
        subTitle={t('error.network')}
        extra={<Button onClick={() => void refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!session) {
    const state: LoginState = { from: `${location.pathname}${location.search}` };
    return <Navigate to="/login" replace state={state} />;
  }
  if (session.account.mustChangePassword) return <Navigate to="/password" replace />;
  if (!isConsoleRole(session.account.role)) return <Navigate to="/m" replace />;
  return (
    <SessionContext value={session}>
      <Outlet />
    </SessionContext>
  );
}

/** A page only some roles may open; the others see "not found", as the server would answer. */
export function RoleGate({ allow }: { allow: (role: Role) => boolean }) {
  const { account } = useCurrentSession();
  return allow(account.role) ? <Outlet /> : <NotFound />;
}
