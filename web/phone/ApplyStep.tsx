import { Button, Form, Input, NoticeBar } from 'antd-mobile';
import { useState } from 'react';
import { parseIdNumber } from '#contracts/idcard.js';
import type { ApplyInput, TicketDto } from '#contracts/registration.js';
import { ApiError } from '../api/client.js';
import { errorText } from '../api/errorText.js';
import { useApplyRegistration } from '../api/self.js';
import { useI18n } from '../i18n/I18nProvider.js';

type Values = Omit<ApplyInput, 'communityId'>;
const FIELDS: readonly string[] = ['name', 'phone', 'idNumber', 'organizationName'];

type Props = {
  communityId: number;
  /** What was typed for the identity check, so it need not be typed again. */
  initial: Partial<Values>;
  onTicket: (ticket: TicketDto) => void;
  onBack: () => void;
};

/** 申请报到: someone not on the roster gives the full ID number and work unit; the community checks them on approval. */
export function ApplyStep({ communityId, initial, onTicket, onBack }: Props) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Values>();
  const apply = useApplyRegistration();
  const [failure, setFailure] = useState<string | null>(null);

  // The same GB 11643 check as the server, so a mistyped digit is caught before sending.
  const checkIdNumber = async (_: unknown, value: string | undefined) => {
    if (!value?.trim()) return;
    const parsed = parseIdNumber(value);
    if (!parsed.ok) throw new Error(t(`self.apply.idNumber.${parsed.problem}`));
  };

  const submit = (values: Values) => {
    setFailure(null);
    apply.mutate(
      {
        communityId,
        name: values.name.trim(),
        phone: values.phone.trim(),
        idNumber: values.idNumber.trim().toUpperCase(),
        organizationName: values.organizationName.trim(),
      },
      {
        onSuccess: onTicket,
        onError: (error) => {
          const text = errorText(error, lang, t);
          if (error instanceof ApiError && error.field && FIELDS.includes(error.field)) {
            form.setFields([{ name: error.field, errors: [text] }]);
            return;
          }
          setFailure(text);
        },
      },
    );
  };

  return (
    <div data-testid="register-apply">
      {failure && <NoticeBar data-testid="register-error" color="error" wrap content={failure} />}
      <div className="phone-hint">{t('self.apply.hint')}</div>
      <Form
        form={form}
        layout="vertical"
        mode="card"
        requiredMarkStyle="none"
        initialValues={initial}
        onFinish={submit}
        footer={
          <>
            <Button block type="submit" color="primary" size="large" loading={apply.isPending} data-testid="apply-submit">
              {t('self.apply.next')}
            </Button>
            <Button block fill="none" size="large" className="phone-link" onClick={onBack} data-testid="apply-back">
              {t('self.apply.back')}
            </Button>
          </>
        }
      >
        <Form.Item name="name" label={t('reg.phone.name')} rules={[{ required: true, whitespace: true, max: 20 }]}>
          <Input data-testid="apply-name" autoComplete="name" placeholder={t('reg.phone.name')} clearable />
        </Form.Item>
        <Form.Item name="phone" label={t('reg.phone.phone')} rules={[{ required: true, pattern: /^\s*1[3-9]\d{9}\s*$/, message: t('reg.phone.phoneInvalid') }]}>
          <Input data-testid="apply-phone" type="tel" autoComplete="tel" maxLength={11} placeholder={t('reg.phone.phone')} clearable />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={t('self.apply.idNumber')}
          validateTrigger="onBlur"
          rules={[{ required: true, message: t('self.apply.idNumber.format') }, { validator: checkIdNumber }]}
        >
          <Input data-testid="apply-id-number" maxLength={18} placeholder={t('self.apply.idNumber')} clearable />
        </Form.Item>
        <Form.Item name="organizationName" label={t('self.apply.organization')} rules={[{ required: true, whitespace: true, max: 60 }]}>
          <Input data-testid="apply-organization" maxLength={60} placeholder={t('self.apply.organization.placeholder')} clearable />
        </Form.Item>
      </Form>
    </div>
  );
}
