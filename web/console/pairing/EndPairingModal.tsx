import { Form, Input } from 'antd';
import { useEndPairing } from '../../api/pairing.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { FormModal } from '../layout/FormModal.js';
import { useApiError } from '../useApiError.js';

type Props = { pairing: { id: number; member: string; address: string }; onClose: () => void };

/** 结束结对: the reason is kept with the ended pairing. */
export function EndPairingModal({ pairing, onClose }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  const end = useEndPairing();
  const showError = useApiError();
  return (
    <FormModal<{ reason: string }>
      title={t('pairing.end.title', { member: pairing.member, address: pairing.address })}
      form={form}
      pending={end.isPending}
      danger
      okText={t('pairing.end')}
      onClose={onClose}
      onFinish={({ reason }) => end.mutate({ id: pairing.id, reason: reason.trim() }, { onSuccess: onClose, onError: (e) => showError(e, form) })}
    >
      <Form.Item name="reason" label={t('pairing.end.reason')} rules={[{ required: true, whitespace: true, max: 200 }]}>
        <Input.TextArea data-testid="pairing-end-reason" rows={3} maxLength={200} showCount />
      </Form.Item>
    </FormModal>
  );
}
