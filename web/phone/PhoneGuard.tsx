import { Button, ErrorBlock, SpinLoading } from 'antd-mobile';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useSession } from '../api/auth.js';
import { SessionContext } from '../auth/SessionContext.js';
import type { LoginState } from '../auth/loginState.js';
import { useIdleWatch } from '../auth/useIdleWatch.js';
import { useT } from '../i18n/I18nProvider.js';

/** Phone pages need a session with a changed password; any role may use them. */
export function PhoneGuard() {
  const t = useT();
  const location = useLocation();
  const { data: session, isPending, isError, refetch } = useSession();
  useIdleWatch(session?.idleTimeoutSeconds ?? 0);

  if (isPending) {
    return (
      <div className="phone-brand">
        <SpinLoading />
      </div>
    );
  }
  if (isError) {
    return (
      <ErrorBlock status="disconnected" title={t('common.loadFailed')} description={t('error.network')}>
        <Button color="primary" onClick={() => void refetch()}>
          {t('common.retry')}
        </Button>
      </ErrorBlock>
    );
  }
  if (!session) {
    // Back to the scanned page after login (a check-in link, a posted order).
    const state: LoginState = { from: `${location.pathname}${location.search}` };
    return <Navigate to="/m/login" replace state={state} />;
  }
  if (session.account.mustChangePassword) return <Navigate to="/m/password" replace />;
  return (
    <SessionContext value={session}>
      <Outlet />
    </SessionContext>
  );
}
