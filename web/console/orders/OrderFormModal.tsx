import { App, Form, Input, Select } from 'antd';
import { useNavigate } from 'react-router-dom';
import { ORDER_CATEGORIES, ORDER_CATEGORY_LABELS, type OrderCategory } from '#contracts/labels.js';
import { useSubmitOrder } from '../../api/orders.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { HouseholdPicker } from '../households/HouseholdPicker.js';
import { FormModal } from '../layout/FormModal.js';
import { useApiError } from '../useApiError.js';

type Values = { householdId: number; category: OrderCategory; description: string };

/** 代点单: a grid worker or admin sends a household's need for it; then the order's page opens. */
export function OrderFormModal({ onClose }: { onClose: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const submit = useSubmitOrder();
  const showError = useApiError();

  const finish = (v: Values) =>
    submit.mutate(
      { householdId: v.householdId, category: v.category, description: v.description.trim(), photos: [] },
      {
        onSuccess: (order) => {
          void message.success(t('orders.new.done'));
          onClose();
          navigate(`/orders/${order.id}`);
        },
        onError: (error) => showError(error, form),
      },
    );

  return (
    <FormModal<Values> title={t('orders.new.title')} form={form} width={560} pending={submit.isPending} onClose={onClose} onFinish={finish}>
      <Form.Item name="householdId" label={t('orders.new.household')} rules={[{ required: true }]}>
        <HouseholdPicker />
      </Form.Item>
      <Form.Item name="category" label={t('orders.field.category')} rules={[{ required: true }]}>
        <Select<OrderCategory> data-testid="order-category" options={ORDER_CATEGORIES.map((c) => ({ value: c, label: label(ORDER_CATEGORY_LABELS[c]) }))} />
      </Form.Item>
      <Form.Item name="description" label={t('orders.field.description')} rules={[{ required: true, whitespace: true, max: 500 }]}>
        <Input.TextArea data-testid="order-description" rows={4} maxLength={500} showCount placeholder={t('orders.field.description.placeholder')} />
      </Form.Item>
    </FormModal>
  );
}
