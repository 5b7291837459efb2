import { LockOutlined, MobileOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Grid, Input } from 'antd';
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import type { LoginInput } from '#contracts/auth.js';
import { consoleLanding, useLogin } from '../api/auth.js';
import { errorText } from '../api/errorText.js';
import { showOnField } from '../console/useApiError.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { AuthCard } from './AuthCard.js';
import { readLoginState } from './loginState.js';

/** A console path worth returning to after logging in again. */
const isReturnPath = (path: string | undefined): path is string => path !== undefined && !/^\/(login|password|m)(\/|\?|$)/.test(path);

export function LoginPage() {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<LoginInput>();
  const navigate = useNavigate();
  const { notice, from } = readLoginState(useLocation().state);
  const login = useLogin();
  const [failure, setFailure] = useState<unknown>(null);
  const screens = Grid.useBreakpoint();

  const submit = (input: LoginInput) => {
    setFailure(null);
    login.mutate(input, {
      onSuccess: ({ account }) => {
        const landing = consoleLanding(account);
        navigate(landing === '/' && isReturnPath(from) ? from : landing, { replace: true });
      },
      onError: (error) => {
        if (!showOnField(form, error, errorText(error, lang, t))) setFailure(error);
      },
    });
  };

  return (
    <AuthCard title={t('auth.login.title')}>
      {notice && !failure && (
        <Alert
          data-testid="login-notice"
          type={notice === 'sessionExpired' ? 'warning' : 'info'}
          showIcon
          title={t(notice === 'sessionExpired' ? 'auth.sessionExpired' : 'auth.loggedOut')}
          style={{ marginBottom: 16 }}
        />
      )}
      {failure !== null && <Alert data-testid="login-error" type="error" showIcon title={errorText(failure, lang, t)} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} autoComplete="on">
        <Form.Item name="username" label={t('auth.login.username')} rules={[{ required: true, whitespace: true }]}>
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
        </Form.Item>
        <Form.Item name="password" label={t('auth.login.password')} rules={[{ required: true }]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
          {t('auth.login.submit')}
        </Button>
      </Form>
      {!screens.md && (
        <div style={{ marginTop: 16, textAlign: 'center' }}>
          <Link to="/m/login" data-testid="to-phone-login">
            <MobileOutlined /> {t('auth.login.toPhone')}
          </Link>
        </div>
      )}
    </AuthCard>
  );
}
