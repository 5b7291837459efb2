import { App, Form, Input } from 'antd';
import { usePostWish } from '../../api/wishes.js';
import { useT } from '../../i18n/I18nProvider.js';
import { HouseholdPicker } from '../households/HouseholdPicker.js';
import { FormModal } from '../layout/FormModal.js';
import { useApiError } from '../useApiError.js';

type Values = { householdId: number; title: string; description?: string };

/** 代发心愿: a grid worker or admin posts a household's wish for it. */
export function WishFormModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const post = usePostWish();
  const showError = useApiError();

  const finish = (v: Values) =>
    post.mutate(
      { householdId: v.householdId, title: v.title.trim(), description: v.description?.trim() ?? '' },
      {
        onSuccess: () => {
          void message.success(t('wishes.new.done'));
          onClose();
        },
        onError: (error) => showError(error, form),
      },
    );

  return (
    <FormModal<Values> title={t('wishes.new.title')} form={form} width={560} pending={post.isPending} onClose={onClose} onFinish={finish}>
      <Form.Item name="householdId" label={t('wishes.new.household')} rules={[{ required: true }]} extra={t('wishes.new.householdHint')}>
        <HouseholdPicker />
      </Form.Item>
      <Form.Item name="title" label={t('wishes.field.title')} rules={[{ required: true, whitespace: true, max: 40 }]}>
        <Input data-testid="wish-title" maxLength={40} showCount placeholder={t('wishes.field.title.placeholder')} />
      </Form.Item>
      <Form.Item name="description" label={t('wishes.field.description')} rules={[{ max: 300 }]}>
        <Input.TextArea data-testid="wish-description" rows={3} maxLength={300} showCount />
      </Form.Item>
    </FormModal>
  );
}
