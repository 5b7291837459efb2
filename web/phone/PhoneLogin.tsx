import { Button, Form, Input, NoticeBar } from 'antd-mobile';
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import type { LoginInput } from '#contracts/auth.js';
import { phoneLanding, useLogin } from '../api/auth.js';
import { ApiError } from '../api/client.js';
import { errorText } from '../api/errorText.js';
import { readLoginState } from '../auth/loginState.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { PhoneLangSwitch } from './PhoneLangSwitch.js';

/** The phone login, for a 375 px screen; same API as the console's. */
export function PhoneLogin() {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<LoginInput>();
  const navigate = useNavigate();
  const { notice, from } = readLoginState(useLocation().state);
  const login = useLogin();
  const [failure, setFailure] = useState<unknown>(null);

  const submit = (input: LoginInput) => {
    setFailure(null);
    login.mutate(input, {
      onSuccess: ({ account }) => {
        const landing = phoneLanding(account);
        navigate(landing === '/m' && from?.startsWith('/m/') && from !== '/m/login' ? from : landing, { replace: true });
      },
      onError: (error) => {
        if (error instanceof ApiError && (error.field === 'username' || error.field === 'password')) {
          form.setFields([{ name: error.field, errors: [errorText(error, lang, t)] }]);
          return;
        }
        setFailure(error);
      },
    });
  };

  return (
    <div data-testid="phone-login">
      <div className="phone-top">
        <PhoneLangSwitch />
      </div>
      <div className="phone-brand">
        <h1>{t('app.name')}</h1>
        <p>{t('app.tagline')}</p>
      </div>
      {notice && failure === null && (
        <NoticeBar
          data-testid="login-notice"
          color={notice === 'sessionExpired' ? 'alert' : 'info'}
          content={t(notice === 'sessionExpired' ? 'auth.sessionExpired' : 'auth.loggedOut')}
          wrap
        />
      )}
      {failure !== null && <NoticeBar data-testid="login-error" color="error" content={errorText(failure, lang, t)} wrap />}
      <Form
        form={form}
        layout="vertical"
        mode="card"
        onFinish={submit}
        requiredMarkStyle="none"
        footer={
          <Button block type="submit" color="primary" size="large" loading={login.isPending}>
            {t('auth.login.submit')}
          </Button>
        }
      >
        <Form.Header>{t('auth.login.title')}</Form.Header>
        <Form.Item name="username" label={t('auth.login.username')} rules={[{ required: true, whitespace: true }]}>
          <Input autoComplete="username" placeholder={t('auth.login.username')} clearable />
        </Form.Item>
        <Form.Item name="password" label={t('auth.login.password')} rules={[{ required: true }]}>
          <Input type="password" autoComplete="current-password" placeholder={t('auth.login.password')} clearable />
        </Form.Item>
      </Form>
      <div style={{ textAlign: 'center', padding: 16 }}>
        <Link to="/login">{t('auth.login.toConsole')}</Link>
      </div>
    </div>
  );
}
