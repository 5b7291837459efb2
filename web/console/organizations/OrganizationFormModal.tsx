import { App, Form, Input, Select } from 'antd';
import { ORG_KIND_LABELS, ORG_KINDS, type OrgKind } from '#contracts/labels.js';
import type { OrganizationDto, OrganizationInput } from '#contracts/people.js';
import { levelOf } from '#contracts/rules.js';
import { useCreateOrganization, useUpdateOrganization } from '../../api/organizations.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { FormModal } from '../layout/FormModal.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { useApiError } from '../useApiError.js';

type Values = { name: string; kind: OrgKind; industry?: string; address?: string; placeId: number; creditCode?: string };

type Props = {
  /** null: a new unit. */
  organization: OrganizationDto | null;
  onClose: () => void;
  onSaved: (saved: OrganizationDto) => void;
};

/** 统一社会信用代码: 18 characters, no I, O, S, V or Z. */
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** New unit or edit: name, kind, industry, address, the place it is registered at, credit code. */
export function OrganizationFormModal({ organization, onClose, onSaved }: Props) {
  const { t, label, kindLabel } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateOrganization();
  const update = useUpdateOrganization();
  const showError = useApiError();

  const submit = (values: Values) => {
    const input: OrganizationInput = {
      name: values.name.trim(),
      kind: values.kind,
      industry: values.industry?.trim() ?? '',
      address: values.address?.trim() ?? '',
      placeId: values.placeId,
      creditCode: values.creditCode?.trim().toUpperCase() || undefined,
    };
    const done = (saved: OrganizationDto) => {
      void message.success(t(organization ? 'people.done.saved' : 'people.done.created'));
      onSaved(saved);
    };
    if (!organization) {
      create.mutate(input, { onSuccess: done, onError: (error) => showError(error, form) });
      return;
    }
    const changes: Partial<OrganizationInput> = {
      ...(input.name !== organization.name ? { name: input.name } : {}),
      ...(input.kind !== organization.kind ? { kind: input.kind } : {}),
      ...(input.industry !== organization.industry ? { industry: input.industry } : {}),
      ...(input.address !== organization.address ? { address: input.address } : {}),
      ...(input.placeId !== organization.place.id ? { placeId: input.placeId } : {}),
      ...(input.creditCode && input.creditCode !== organization.creditCode ? { creditCode: input.creditCode } : {}),
    };
    update.mutate({ id: organization.id, ...changes }, { onSuccess: done, onError: (error) => showError(error, form) });
  };

  return (
    <FormModal<Values>
      title={organization ? t('organizations.edit.title', { name: organization.name }) : t('organizations.new')}
      form={form}
      initialValues={
        organization
          ? {
              name: organization.name,
              kind: organization.kind,
              industry: organization.industry,
              address: organization.address,
              placeId: organization.place.id,
              creditCode: organization.creditCode ?? undefined,
            }
          : { kind: 'agency' }
      }
      onFinish={submit}
      onClose={onClose}
      pending={create.isPending || update.isPending}
    >
      <Form.Item name="name" label={t('organizations.field.name')} rules={[{ required: true, whitespace: true, max: 60 }]}>
        <Input maxLength={60} autoFocus />
      </Form.Item>
      <Form.Item name="kind" label={t('organizations.field.kind')} rules={[{ required: true }]}>
        <Select<OrgKind> options={ORG_KINDS.map((k) => ({ value: k, label: label(ORG_KIND_LABELS[k]) }))} />
      </Form.Item>
      <Form.Item name="industry" label={t('organizations.field.industry')} rules={[{ max: 40 }]}>
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item name="address" label={t('organizations.field.address')} rules={[{ max: 120 }]}>
        <Input maxLength={120} />
      </Form.Item>
      <Form.Item
        name="placeId"
        label={t('organizations.field.place')}
        extra={t('organizations.field.place.hint', { kind: kindLabel('community') })}
        rules={[{ required: true }]}
      >
        <PlacePicker
          placeholder={t('people.place.placeholder')}
          initialLabel={organization?.place.name}
          accept={(hit) => !hit.retired && levelOf(hit.kind) >= levelOf('community')}
        />
      </Form.Item>
      <Form.Item
        name="creditCode"
        label={t('organizations.field.creditCode')}
        normalize={(value: string) => value.toUpperCase()}
        rules={[{ pattern: CREDIT_CODE, message: t('organizations.field.creditCode.invalid') }]}
      >
        <Input maxLength={18} />
      </Form.Item>
    </FormModal>
  );
}
