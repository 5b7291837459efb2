import { App, Form, Input, InputNumber, Switch } from 'antd';
import type { ItemDto } from '#contracts/points.js';
import { type ItemInput, useSaveItem } from '../../api/points-console.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { FormModal } from '../layout/FormModal.js';
import { useApiError } from '../useApiError.js';

/** 上架 / 编辑 an item of a merchant's catalogue: what it costs in points, how many are left, whether it is on sale. */
export function ItemFormModal({ merchantId, item, onClose }: { merchantId: number; item: ItemDto | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ItemInput>();
  const save = useSaveItem();
  const showError = useApiError();
  return (
    <FormModal<ItemInput>
      title={item ? t('points.item.editTitle', { name: item.name }) : t('points.item.add')}
      form={form}
      initialValues={item ? { name: item.name, points: item.points, stock: item.stock, active: item.active } : { active: true, stock: 0 }}
      pending={save.isPending}
      okText={t('common.save')}
      onClose={onClose}
      onFinish={(v) =>
        save.mutate(
          { merchantId, ...(item ? { id: item.id } : {}), name: v.name.trim(), points: v.points, stock: v.stock, active: v.active },
          {
            onSuccess: (saved) => {
              void message.success(t('points.item.saved', { name: saved.name }));
              onClose();
            },
            onError: (e) => showError(e, form),
          },
        )
      }
    >
      <Form.Item name="name" label={t('points.item.name')} rules={[{ required: true, whitespace: true, message: t('points.item.nameRequired') }, { max: 60 }]}>
        <Input maxLength={60} data-testid="item-name" />
      </Form.Item>
      <Form.Item name="points" label={t('points.item.points')} rules={[{ required: true, message: t('points.item.pointsRequired') }]}>
        <InputNumber min={1} max={10_000} precision={0} suffix={t('points.unit')} style={{ width: 160 }} data-testid="item-points" />
      </Form.Item>
      <Form.Item name="stock" label={t('points.item.stock')} rules={[{ required: true, message: t('points.item.stockRequired') }]}>
        <InputNumber min={0} max={100_000} precision={0} style={{ width: 160 }} data-testid="item-stock" />
      </Form.Item>
      <Form.Item name="active" label={t('points.item.active')} valuePropName="checked" extra={t('points.item.activeHint')}>
        <Switch data-testid="item-active" />
      </Form.Item>
    </FormModal>
  );
}
