import { App, Form, Input, Select } from 'antd';
import { MERCHANT_KIND_LABELS, MERCHANT_KINDS, type MerchantDto } from '#contracts/points.js';
import { useAccounts } from '../../api/accounts.js';
import { type MerchantInput, useSaveMerchant } from '../../api/points-console.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { FormModal } from '../layout/FormModal.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { useApiError } from '../useApiError.js';

type Values = { name: string; kind: MerchantInput['kind']; placeId: number; address?: string; accountId?: number };

/** The 商户 accounts the admin sees: a merchant may be linked to one, for its own login. */
export const useMerchantAccounts = () => useAccounts({ role: 'merchant', page: 1, pageSize: 200, sort: 'username' });

/** 新增 / 编辑 a merchant: name, kind, its community, address and its own login. */
export function MerchantFormModal({ merchant, onClose }: { merchant: MerchantDto | null; onClose: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveMerchant();
  const showError = useApiError();
  const accounts = useMerchantAccounts();

  return (
    <FormModal<Values>
      title={merchant ? t('points.merchant.editTitle', { name: merchant.name }) : t('points.merchant.add')}
      form={form}
      initialValues={
        merchant
          ? { name: merchant.name, kind: merchant.kind, placeId: merchant.place.id, address: merchant.address, accountId: merchant.accountId ?? undefined }
          : { kind: 'supermarket' }
      }
      pending={save.isPending}
      okText={t('common.save')}
      onClose={onClose}
      onFinish={(v) =>
        save.mutate(
          {
            ...(merchant ? { id: merchant.id } : {}),
            name: v.name.trim(),
            kind: v.kind,
            placeId: v.placeId,
            address: v.address?.trim() ?? '',
            ...(v.accountId ? { accountId: v.accountId } : {}),
          },
          {
            onSuccess: (saved) => {
              void message.success(t('points.merchant.saved', { name: saved.name }));
              onClose();
            },
            onError: (e) => showError(e, form),
          },
        )
      }
    >
      <Form.Item
        name="name"
        label={t('points.merchant.name')}
        rules={[{ required: true, whitespace: true, message: t('points.merchant.nameRequired') }, { max: 60 }]}
      >
        <Input maxLength={60} data-testid="merchant-name" />
      </Form.Item>
      <Form.Item name="kind" label={t('points.merchant.kind')} rules={[{ required: true }]}>
        <Select data-testid="merchant-kind" options={MERCHANT_KINDS.map((k) => ({ value: k, label: label(MERCHANT_KIND_LABELS[k]) }))} />
      </Form.Item>
      <Form.Item name="placeId" label={t('points.merchant.place')} rules={[{ required: true, message: t('points.merchant.placeRequired') }]}>
        <PlacePicker
          placeholder={t('points.merchant.placeHint')}
          accept={(hit) => hit.kind === 'community'}
          initialLabel={merchant?.place.name}
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item name="address" label={t('points.merchant.address')} rules={[{ max: 120 }]}>
        <Input maxLength={120} data-testid="merchant-address" />
      </Form.Item>
      <Form.Item name="accountId" label={t('points.merchant.account')} extra={t('points.merchant.accountHint')}>
        <Select<number>
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={accounts.isFetching}
          placeholder={t('points.merchant.accountNone')}
          data-testid="merchant-account"
          options={(accounts.data?.items ?? []).map((a) => ({ value: a.id, label: `${a.displayName}（${a.username}）` }))}
        />
      </Form.Item>
    </FormModal>
  );
}
