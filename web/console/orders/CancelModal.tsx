import { Form, Input } from 'antd';
import { useI18n } from '../../i18n/I18nProvider.js';
import { FormModal } from '../layout/FormModal.js';

type Props = {
  pending: boolean;
  onClose: () => void;
  /** Sends the reason; resolves true when done. */
  onCancel: (reason: string) => Promise<boolean>;
};

/** Asks why the order is cancelled; the reason goes on the timeline. */
export function CancelModal({ pending, onClose, onCancel }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <FormModal<{ reason: string }>
      title={t('orders.cancel.title')}
      form={form}
      pending={pending}
      danger
      okText={t('orders.cancel')}
      onClose={onClose}
      onFinish={({ reason }) => void onCancel(reason.trim()).then((ok) => ok && onClose())}
    >
      <Form.Item name="reason" label={t('orders.reason')} rules={[{ required: true, whitespace: true, max: 200 }]}>
        <Input.TextArea data-testid="cancel-reason" rows={3} maxLength={200} showCount />
      </Form.Item>
    </FormModal>
  );
}
