import { Button, Form, Input, NoticeBar, SpinLoading, Toast } from 'antd-mobile';
import { Navigate, useNavigate } from 'react-router-dom';
import { phoneLanding, useChangePassword, useLogout, useSession } from '../api/auth.js';
import { ApiError } from '../api/client.js';
import { errorText } from '../api/errorText.js';
import { changePasswordRules } from '../auth/passwordRule.js';
import { useI18n } from '../i18n/I18nProvider.js';

type Values = { currentPassword: string; newPassword: string; confirm: string };
const FIELDS = ['currentPassword', 'newPassword'];

/** Change password on the phone; the first login lands here. */
export function PhonePassword() {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const { data: session, isPending } = useSession();
  const change = useChangePassword();
  const logout = useLogout('/m/login');

  if (isPending) {
    return (
      <div className="phone-brand">
        <SpinLoading />
      </div>
    );
  }
  if (!session) return <Navigate to="/m/login" replace />;
  const forced = session.account.mustChangePassword;

  const submit = ({ currentPassword, newPassword }: Values) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: (next) => {
          Toast.show({ icon: 'success', content: t('auth.password.changed') });
          navigate(phoneLanding(next.account), { replace: true });
        },
        onError: (error) => {
          const text = errorText(error, lang, t);
          if (error instanceof ApiError && error.field && FIELDS.includes(error.field)) {
            form.setFields([{ name: error.field, errors: [text] }]);
            return;
          }
          Toast.show({ icon: 'fail', content: text });
        },
      },
    );

  const rules = changePasswordRules(t);

  return (
    <div data-testid="phone-password">
      <div className="phone-brand">
        <h1>{t('auth.password.title')}</h1>
      </div>
      {forced && <NoticeBar color="info" content={t('auth.password.firstLogin')} wrap />}
      <Form
        form={form}
        layout="vertical"
        mode="card"
        onFinish={submit}
        requiredMarkStyle="none"
        footer={
          <>
            <Button block type="submit" color="primary" size="large" loading={change.isPending}>
              {t('auth.password.submit')}
            </Button>
            <Button block fill="none" style={{ marginTop: 8 }} onClick={() => (forced ? logout.mutate() : navigate(-1))}>
              {forced ? t('auth.logout') : t('common.cancel')}
            </Button>
          </>
        }
      >
        <Form.Item name="currentPassword" label={t('auth.password.current')} rules={[{ required: true }]}>
          <Input type="password" autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('auth.password.new')} description={t('auth.password.rule')} rules={rules.newPassword}>
          <Input type="password" autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="confirm" label={t('auth.password.confirm')} dependencies={['newPassword']} rules={rules.confirm}>
          <Input type="password" autoComplete="new-password" />
        </Form.Item>
      </Form>
    </div>
  );
}
