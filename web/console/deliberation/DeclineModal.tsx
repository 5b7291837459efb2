import { Alert, App, Form, Input } from 'antd';
import { type Topic, useDeclineTopic } from '../../api/deliberation.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { FormModal } from '../layout/FormModal.js';
import { useApiError } from '../useApiError.js';

type Values = { reason: string };

/** 不予采纳: with a reason the proposer reads on their phone. */
export function DeclineModal({ topic, onClose }: { topic: Topic; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const decline = useDeclineTopic();
  const showError = useApiError();

  const finish = (v: Values) =>
    decline.mutate(
      { id: topic.id, reason: v.reason.trim() },
      {
        onSuccess: () => {
          void message.success(t('delib.decline.done'));
          onClose();
        },
        onError: (e) => showError(e, form),
      },
    );

  return (
    <FormModal<Values>
      title={t('delib.decline.title', { title: topic.title })}
      form={form}
      onFinish={finish}
      onClose={onClose}
      pending={decline.isPending}
      okText={t('delib.decline')}
      danger
    >
      <Alert type="warning" showIcon title={t('delib.decline.warning')} style={{ marginBottom: 16 }} />
      <Form.Item
        name="reason"
        label={t('delib.decline.reason')}
        rules={[
          { required: true, whitespace: true, message: t('delib.decline.reasonRequired') },
          { max: 300, message: t('delib.decline.reasonTooLong') },
        ]}
      >
        <Input.TextArea data-testid="decline-reason" rows={4} maxLength={300} showCount placeholder={t('delib.decline.placeholder')} />
      </Form.Item>
    </FormModal>
  );
}
