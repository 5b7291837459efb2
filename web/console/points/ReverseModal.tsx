import { Alert, App, Descriptions, Form, Input } from 'antd';
import { POINT_RULE_LABELS, type PointEntryDto } from '#contracts/points.js';
import { useReverseEntry } from '../../api/points-console.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { FormModal } from '../layout/FormModal.js';
import { useApiError } from '../useApiError.js';
import { PointsText } from './PointsBits.js';
import { signedPoints } from './pointsFormat.js';

/** 更正: a wrong earning or deduction is never edited or deleted; an opposite entry with the reason cancels it. */
export function ReverseModal({ entry, onClose }: { entry: PointEntryDto; onClose: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const reverse = useReverseEntry();
  const showError = useApiError();
  return (
    <FormModal<{ reason: string }>
      title={t('points.reverse.title', { name: entry.holder.name })}
      form={form}
      pending={reverse.isPending}
      danger
      okText={t('points.reverse')}
      onClose={onClose}
      onFinish={({ reason }) =>
        reverse.mutate(
          { id: entry.id, reason: reason.trim() },
          {
            onSuccess: () => {
              void message.success(t('points.reverse.done'));
              onClose();
            },
            onError: (e) => showError(e, form),
          },
        )
      }
    >
      <Descriptions
        size="small"
        bordered
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'day', label: t('points.col.date'), children: entry.occurredOn },
          { key: 'rule', label: t('points.col.rule'), children: entry.rule ? label(POINT_RULE_LABELS[entry.rule]) : '—' },
          { key: 'amount', label: t('points.col.amount'), children: <PointsText value={entry.amount} /> },
          { key: 'note', label: t('points.col.note'), children: entry.note || '—' },
        ]}
      />
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('points.reverse.explain', { amount: signedPoints(-entry.amount) })}
        data-testid="reverse-explain"
      />
      <Form.Item
        name="reason"
        label={t('points.reverse.reason')}
        rules={[{ required: true, whitespace: true, message: t('points.reverse.reasonRequired') }, { max: 200 }]}
      >
        <Input.TextArea data-testid="reverse-reason" rows={3} maxLength={200} showCount />
      </Form.Item>
    </FormModal>
  );
}
