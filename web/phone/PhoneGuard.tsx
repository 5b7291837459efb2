import { Button, ErrorBlock, SpinLoading } from 'antd-mobile';
import { Navigate, Outlet } from 'react-router-dom';
import { useSession } from '../api/auth.js';
import { SessionContext } from '../auth/SessionContext.js';
import { useIdleWatch } from '../auth/useIdleWatch.js';
import { useT } from '../i18n/I18nProvider.js';

/** Phone pages need a session with a changed password; any role may use them. */
export function PhoneGuard() {
  const t = useT();
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
  if (!session) return <Navigate to="/m/login" replace />;
  if (session.account.mustChangePassword) return <Navigate to="/m/password" replace />;
  return (
    <SessionContext value={session}>
      <Outlet />
    </SessionContext>
  );
}
