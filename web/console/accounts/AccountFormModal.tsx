import { App, Form, Input, Select } from 'antd';
import type { AccountDto, IssuedPasswordDto, UpdateAccountInput } from '#contracts/accounts.js';
import type { Role } from '#contracts/labels.js';
import { useCreateAccount, useUpdateAccount } from '../../api/accounts.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { FormModal } from '../layout/FormModal.js';
import { OrganizationSelect } from '../organizations/OrganizationSelect.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { useApiError } from '../useApiError.js';
import { manageableRoles, PLACE_KINDS_FOR_ROLE } from '#contracts/rules.js';

type Values = { username: string; displayName: string; role: Role; placeId: number; phone?: string; organizationId?: number };

type Props = {
  /** null: a new account. */
  account: AccountDto | null;
  onClose: () => void;
  onCreated: (result: IssuedPasswordDto) => void;
  onSaved: () => void;
};

const USERNAME = /^[A-Za-z0-9_.-]{3,32}$/;
const PHONE = /^1[3-9]\d{9}$/;

/** New account or edit: name, role, the place it is bound to, phone. */
export function AccountFormModal({ account, onClose, onCreated, onSaved }: Props) {
  const { t, roleLabel, kindLabel } = useI18n();
  const { message } = App.useApp();
  const { account: me } = useCurrentSession();
  const [form] = Form.useForm<Values>();
  const create = useCreateAccount();
  const update = useUpdateAccount();
  const showError = useApiError();
  const role = Form.useWatch('role', form);
  const kinds = role ? PLACE_KINDS_FOR_ROLE[role] : undefined;

  const submit = (values: Values) => {
    const phone = values.phone?.trim() || undefined;
    if (!account) {
      // Only a unit party secretary has a work unit (and must have one).
      const organizationId = values.role === 'unitSecretary' ? values.organizationId : undefined;
      create.mutate(
        { username: values.username.trim(), displayName: values.displayName.trim(), role: values.role, placeId: values.placeId, phone, organizationId },
        { onSuccess: onCreated, onError: (error) => showError(error, form) },
      );
      return;
    }
    // Only what changed; a blank phone keeps the current number.
    const changes: UpdateAccountInput = {
      ...(values.displayName.trim() !== account.displayName ? { displayName: values.displayName.trim() } : {}),
      ...(values.role !== account.role ? { role: values.role } : {}),
      ...(values.placeId !== account.place.id ? { placeId: values.placeId } : {}),
      ...(phone ? { phone } : {}),
    };
    update.mutate(
      { id: account.id, ...changes },
      {
        onSuccess: () => {
          void message.success(t('accounts.done.saved'));
          onSaved();
        },
        onError: (error) => showError(error, form),
      },
    );
  };

  return (
    <FormModal<Values>
      title={account ? t('accounts.edit.title', { name: account.displayName }) : t('accounts.new.title')}
      form={form}
      initialValues={account ? { displayName: account.displayName, role: account.role, placeId: account.place.id } : undefined}
      onFinish={submit}
      onClose={onClose}
      pending={create.isPending || update.isPending}
    >
      {!account && (
        <Form.Item
          name="username"
          label={t('accounts.field.username')}
          extra={t('accounts.field.username.hint')}
          rules={[{ required: true }, { pattern: USERNAME, message: t('accounts.field.username.invalid') }]}
        >
          <Input autoFocus autoComplete="off" maxLength={32} />
        </Form.Item>
      )}
      <Form.Item name="displayName" label={t('accounts.field.displayName')} rules={[{ required: true, whitespace: true, max: 32 }]}>
        <Input maxLength={32} autoFocus={account !== null} />
      </Form.Item>
      <Form.Item name="role" label={t('accounts.field.role')} rules={[{ required: true }]}>
        <Select<Role> data-testid="account-role-select" options={manageableRoles(me.role).map((r) => ({ value: r, label: roleLabel(r) }))} />
      </Form.Item>
      <Form.Item
        name="placeId"
        label={t('accounts.field.place')}
        extra={
          role && kinds ? t('accounts.field.place.kinds', { role: roleLabel(role), kinds: kinds.map(kindLabel).join(t('common.listSeparator')) }) : undefined
        }
        rules={[{ required: true }]}
      >
        <PlacePicker
          placeholder={t('accounts.field.place.placeholder')}
          initialLabel={account?.place.name}
          accept={(hit) => !hit.retired && (!kinds || kinds.includes(hit.kind))}
        />
      </Form.Item>
      {!account && role === 'unitSecretary' && (
        <Form.Item
          name="organizationId"
          label={t('accounts.field.organization')}
          extra={t('accounts.field.organization.hint')}
          rules={[{ required: true }]}
          preserve={false}
        >
          <OrganizationSelect placeholder={t('accounts.field.organization.placeholder')} testId="account-organization-select" />
        </Form.Item>
      )}
      <Form.Item
        name="phone"
        label={t('accounts.field.phone')}
        extra={account?.phone ? t('accounts.field.phone.keep') : undefined}
        rules={[{ pattern: PHONE, message: t('accounts.field.phone.invalid') }]}
      >
        <Input inputMode="tel" maxLength={11} placeholder={account?.phone ?? undefined} />
      </Form.Item>
    </FormModal>
  );
}
