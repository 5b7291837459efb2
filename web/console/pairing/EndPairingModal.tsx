import { App, Form, Input } from 'antd';
import { ApiError } from '../../api/client.js';
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
  const { modal } = App.useApp();
  return (
    <FormModal<{ reason: string }>
      title={t('pairing.end.title', { member: pairing.member, address: pairing.address })}
      form={form}
      pending={end.isPending}
      danger
      okText={t('pairing.end')}
      onClose={onClose}
      onFinish={({ reason }) => {
        const input = { id: pairing.id, reason: reason.trim() };
        end.mutate(input, {
          onSuccess: onClose,
          onError: (e) => {
            // Overdue visits would lapse: say so, and end it only if the user confirms.
            if (!(e instanceof ApiError && e.code === 'pairing.openVisits')) return showError(e, form);
            modal.confirm({
              title: t('pairing.end.overdueTitle'),
              content: e.message,
              okText: t('pairing.end'),
              okButtonProps: { danger: true },
              onOk: () => end.mutateAsync({ ...input, force: true }).then(onClose, (err: unknown) => showError(err, form)),
            });
          },
        });
      }}
    >
      <Form.Item name="reason" label={t('pairing.end.reason')} rules={[{ required: true, whitespace: true, max: 200 }]}>
        <Input.TextArea data-testid="pairing-end-reason" rows={3} maxLength={200} showCount />
      </Form.Item>
    </FormModal>
  );
}
