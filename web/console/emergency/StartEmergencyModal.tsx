import { ExclamationCircleFilled } from '@ant-design/icons';
import { Alert, Button, Checkbox, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useStartEmergency } from '../../api/emergency.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useApiError } from '../useApiError.js';
import { type PickedPlace, PlacesSelect } from './PlacesSelect.js';

type Values = { placeIds: number[]; reason: string };

/**
 * 一键切换: choose the streets or communities and say why; then a second, explicit confirmation naming how
 * many places switch and that every member there is called at once.
 */
export function StartEmergencyModal({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const start = useStartEmergency();
  const showError = useApiError();
  const navigate = useNavigate();
  const [picked, setPicked] = useState<PickedPlace[]>([]);
  const [pending, setPending] = useState<Values | null>(null);
  const [sure, setSure] = useState(false);

  const send = () => {
    if (!pending) return;
    start.mutate(pending, {
      onSuccess: (made) => {
        onClose();
        navigate(`/emergency/${made.id}`);
      },
      onError: (error) => {
        setPending(null);
        setSure(false);
        showError(error, form);
      },
    });
  };

  /** From the confirmation back to the form; from the form, close. */
  const back = () => {
    if (!pending) return onClose();
    setPending(null);
    setSure(false);
  };

  const names = picked.map((p) => p.name).join(t('common.listSeparator'));

  return (
    <Modal
      open
      width={560}
      title={pending ? t('emergency.start.confirmTitle') : t('emergency.start.title')}
      onCancel={onClose}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={back}>{pending ? t('emergency.start.back') : t('common.cancel')}</Button>
          <Button
            type="primary"
            danger
            loading={start.isPending}
            disabled={pending !== null && !sure}
            onClick={() => (pending ? send() : form.submit())}
            data-testid={pending ? 'emergency-confirm-ok' : 'emergency-start-next'}
          >
            {pending ? t('emergency.start.confirmOk') : t('emergency.start.next')}
          </Button>
        </Flex>
      }
      mask={{ closable: false }}
    >
      <div style={{ display: pending ? 'none' : undefined }} data-testid="emergency-start-form">
        <Alert type="warning" showIcon title={t('emergency.start.hint')} style={{ marginBottom: 16 }} />
        <Form<Values> form={form} layout="vertical" onFinish={(v) => setPending({ placeIds: v.placeIds, reason: v.reason.trim() })}>
          <Form.Item
            name="placeIds"
            label={t('emergency.start.places')}
            rules={[{ required: true, type: 'array', min: 1, message: t('emergency.start.placesRequired') }]}
          >
            <PlacesSelect onPicked={setPicked} />
          </Form.Item>
          <Form.Item name="reason" label={t('emergency.start.reason')} rules={[{ required: true, whitespace: true, max: 300 }]}>
            <Input.TextArea data-testid="emergency-reason" rows={3} maxLength={300} showCount placeholder={t('emergency.start.reasonHint')} />
          </Form.Item>
        </Form>
      </div>
      {pending && (
        <Flex vertical gap={12} data-testid="emergency-confirm">
          <Flex gap={12} align="flex-start">
            <ExclamationCircleFilled style={{ color: '#ff4d4f', fontSize: 28 }} />
            <Typography.Paragraph strong style={{ fontSize: 16, margin: 0 }} data-testid="emergency-confirm-count">
              {t('emergency.start.confirmCount', { count: pending.placeIds.length })}
            </Typography.Paragraph>
          </Flex>
          <Typography.Text>{t('emergency.start.confirmPlaces', { names })}</Typography.Text>
          <Typography.Text>{t('emergency.start.confirmReason', { reason: pending.reason })}</Typography.Text>
          <Alert type="error" showIcon title={t('emergency.start.confirmEffect')} />
          <Checkbox checked={sure} onChange={(e) => setSure(e.target.checked)} data-testid="emergency-confirm-check">
            {t('emergency.start.confirmCheck', { count: pending.placeIds.length })}
          </Checkbox>
        </Flex>
      )}
    </Modal>
  );
}
