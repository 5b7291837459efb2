import { Button, ErrorBlock, Form, Input, NavBar, NoticeBar, TextArea, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { errorText } from '../../api/errorText.js';
import { usePostWish } from '../../api/wishes.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useBack } from '../orders/phoneBack.js';
import './wishes.css';

type Values = { title: string; description?: string };

/** 许个微心愿: a resident writes what their household wishes for; it shows on the community's wall without the door. */
export function WishNewPage() {
  const { t, lang } = useI18n();
  const { account } = useCurrentSession();
  const back = useBack('/m/wishes');
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const post = usePostWish();
  const [failure, setFailure] = useState<string | null>(null);

  const finish = (v: Values) => {
    setFailure(null);
    post.mutate(
      { title: v.title.trim(), description: v.description?.trim() ?? '' },
      {
        onSuccess: () => {
          Toast.show({ icon: 'success', content: t('wishes.new.posted') });
          navigate('/m/wishes', { replace: true });
        },
        onError: (error) => setFailure(errorText(error, lang, t)),
      },
    );
  };

  return (
    <div data-testid="wish-new-page">
      <NavBar onBack={back}>{t('wishes.phone.new')}</NavBar>
      {account.role !== 'resident' ? (
        <ErrorBlock status="empty" title={t('wishes.phone.onlyResident')} description={null} />
      ) : (
        <>
          <div className="phone-hint">{t('wishes.phone.new.hint')}</div>
          {failure && <NoticeBar data-testid="wish-error" color="error" wrap content={failure} />}
          <Form
            form={form}
            layout="vertical"
            mode="card"
            requiredMarkStyle="none"
            onFinish={finish}
            footer={
              <Button block type="submit" color="primary" size="large" loading={post.isPending} data-testid="wish-submit">
                {t('wishes.phone.new.submit')}
              </Button>
            }
          >
            <Form.Item name="title" label={t('wishes.field.title')} rules={[{ required: true, whitespace: true, message: t('wishes.field.title.required') }]}>
              <Input data-testid="wish-title" placeholder={t('wishes.field.title.placeholder')} maxLength={40} clearable />
            </Form.Item>
            <Form.Item name="description" label={t('wishes.field.description')}>
              <TextArea
                data-testid="wish-description"
                placeholder={t('wishes.field.description.placeholder')}
                maxLength={300}
                showCount
                autoSize={{ minRows: 3, maxRows: 8 }}
              />
            </Form.Item>
          </Form>
        </>
      )}
    </div>
  );
}
