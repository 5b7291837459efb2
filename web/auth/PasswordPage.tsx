import { Alert, App as AntApp, Button, Flex, Form, Input } from 'antd';
import { Navigate, useNavigate } from 'react-router-dom';
import { consoleLanding, useChangePassword, useLogout, useSession } from '../api/auth.js';
import { PageSpin } from '../console/layout/PageSpin.js';
import { useApiError } from '../console/useApiError.js';
import { useT } from '../i18n/I18nProvider.js';
import { AuthCard } from './AuthCard.js';
import { changePasswordRules } from './passwordRule.js';

type Values = { currentPassword: string; newPassword: string; confirm: string };

/** Change password; the first login lands here until the temporary password is replaced. */
export function PasswordPage() {
  const t = useT();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const { data: session, isPending } = useSession();
  const change = useChangePassword();
  const logout = useLogout('/login');
  const showError = useApiError();

  if (isPending) return <PageSpin />;
  if (!session) return <Navigate to="/login" replace />;
  const forced = session.account.mustChangePassword;

  const submit = ({ currentPassword, newPassword }: Values) => {
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: (next) => {
          void message.success(t('auth.password.changed'));
          navigate(consoleLanding(next.account), { replace: true });
        },
        onError: (error) => showError(error, form),
      },
    );
  };

  const rules = changePasswordRules(t);

  return (
    <AuthCard title={t('auth.password.title')}>
      {forced && <Alert type="info" showIcon title={t('auth.password.firstLogin')} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="currentPassword" label={t('auth.password.current')} rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <Form.Item name="newPassword" label={t('auth.password.new')} extra={t('auth.password.rule')} rules={rules.newPassword}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="confirm" label={t('auth.password.confirm')} dependencies={['newPassword']} rules={rules.confirm}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Flex vertical gap={8}>
          <Button type="primary" htmlType="submit" block size="large" loading={change.isPending}>
            {t('auth.password.submit')}
          </Button>
          {forced ? (
            <Button block type="text" onClick={() => logout.mutate()}>
              {t('auth.logout')}
            </Button>
          ) : (
            <Button block type="text" onClick={() => navigate(-1)}>
              {t('common.cancel')}
            </Button>
          )}
        </Flex>
      </Form>
    </AuthCard>
  );
}
