import { App, Form, Input, Select } from 'antd';
import { PARTY_ORG_LEVEL_LABELS, PARTY_ORG_LEVELS, type PartyOrgLevel } from '#contracts/labels.js';
import type { OrganizationDto } from '#contracts/people.js';
import { useCreatePartyOrg } from '../../api/organizations.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { FormModal } from '../layout/FormModal.js';
import { useApiError } from '../useApiError.js';
import { PHONE } from '../shared/patterns.js';

type Values = { name: string; level: PartyOrgLevel; secretaryName?: string; contactPhone?: string };

type Props = { organization: OrganizationDto; onClose: () => void; onSaved: (organization: OrganizationDto) => void };

/** 添加党组织: a committee, general branch or branch of the unit. */
export function PartyOrgFormModal({ organization, onClose, onSaved }: Props) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreatePartyOrg();
  const showError = useApiError();

  const submit = (values: Values) =>
    create.mutate(
      {
        organizationId: organization.id,
        name: values.name.trim(),
        level: values.level,
        secretaryName: values.secretaryName?.trim() ?? '',
        contactPhone: values.contactPhone?.trim() || undefined,
      },
      {
        onSuccess: (saved) => {
          void message.success(t('people.done.created'));
          onSaved(saved);
        },
        onError: (error) => showError(error, form),
      },
    );

  return (
    <FormModal<Values>
      title={t('organizations.partyOrg.add.title', { name: organization.name })}
      form={form}
      initialValues={{ level: 'branch' }}
      onFinish={submit}
      onClose={onClose}
      pending={create.isPending}
    >
      <Form.Item name="name" label={t('organizations.partyOrg.name')} rules={[{ required: true, whitespace: true, max: 60 }]}>
        <Input maxLength={60} autoFocus />
      </Form.Item>
      <Form.Item name="level" label={t('organizations.partyOrg.level')} rules={[{ required: true }]}>
        <Select<PartyOrgLevel> options={PARTY_ORG_LEVELS.map((l) => ({ value: l, label: label(PARTY_ORG_LEVEL_LABELS[l]) }))} />
      </Form.Item>
      <Form.Item name="secretaryName" label={t('organizations.partyOrg.secretary')} rules={[{ max: 20 }]}>
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item name="contactPhone" label={t('organizations.partyOrg.phone')} rules={[{ pattern: PHONE, message: t('people.phone.invalid') }]}>
        <Input inputMode="tel" maxLength={11} />
      </Form.Item>
    </FormModal>
  );
}
