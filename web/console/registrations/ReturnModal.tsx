import { Form, Input } from 'antd';
import { useI18n } from '../../i18n/I18nProvider.js';
import { FormModal } from '../layout/FormModal.js';
import { useApiError } from '../useApiError.js';

type Props = {
  title: string;
  pending: boolean;
  onClose: () => void;
  /** Sends the reason; resolves when done. */
  onReturn: (reason: string) => Promise<unknown>;
};

/** Asks for the reason a registration goes back. */
export function ReturnModal({ title, pending, onClose, onReturn }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  const showError = useApiError();
  return (
    <FormModal<{ reason: string }>
      title={title}
      form={form}
      pending={pending}
      danger
      okText={t('reg.return')}
      onClose={onClose}
      onFinish={({ reason }) =>
        onReturn(reason.trim()).then(
          () => onClose(),
          (error: unknown) => showError(error, form),
        )
      }
    >
      <Form.Item name="reason" label={t('reg.return.reason')} rules={[{ required: true, whitespace: true, max: 200 }]}>
        <Input.TextArea data-testid="return-reason" rows={3} maxLength={200} showCount />
      </Form.Item>
    </FormModal>
  );
}
