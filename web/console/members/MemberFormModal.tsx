import { App, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  EDUCATION_LABELS,
  EDUCATIONS,
  type Education,
  GENDER_LABELS,
  MEMBER_STATUS_LABELS,
  MEMBER_STATUSES,
  MEMBER_TYPE_LABELS,
  MEMBER_TYPES,
  type MemberStatus,
  type MemberType,
  TALENT_CLASSES,
  TALENT_LABELS,
  type TalentClass,
} from '#contracts/labels.js';
import type { MemberDto } from '#contracts/people.js';
import { useCreateMember, useUpdateMember } from '../../api/members.js';
import { useOrganization } from '../../api/organizations.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { dayOf, isoDate } from '../../shared/time.js';
import { HouseholdPicker } from '../households/HouseholdPicker.js';
import { FormModal } from '../layout/FormModal.js';
import { OrganizationSelect } from '../organizations/OrganizationSelect.js';
import { IdNumberField, identityOf } from '../shared/IdNumberField.js';
import { PHONE } from '../shared/patterns.js';
import { useApiError } from '../useApiError.js';
import { DEFAULT_ETHNICITY, type MemberFields, memberChanges, toMemberInput } from './memberForm.js';

type Values = Omit<MemberFields, 'joinedAt' | 'fullAt'> & { joinedAt?: Dayjs; fullAt?: Dayjs };

type Props = {
  /** null: a new member. */
  member: MemberDto | null;
  onClose: () => void;
  onSaved: (saved: MemberDto) => void;
};

/** New member or edit: identity, the unit and its party organisation, the household they live in, talents. */
export function MemberFormModal({ member, onClose, onSaved }: Props) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateMember();
  const update = useUpdateMember();
  const showError = useApiError();
  const idNumber = Form.useWatch('idNumber', form);
  const organizationId = Form.useWatch('organizationId', form);
  const memberType = Form.useWatch('memberType', form);
  const organization = useOrganization(organizationId);
  // A valid ID number decides gender and birth date; editing without a new one shows those on record.
  const identity = identityOf(idNumber) ?? (member ? { gender: member.gender, birthDate: member.birthDate } : null);

  const submit = (values: Values) => {
    const fields: MemberFields = { ...values, joinedAt: isoDate(values.joinedAt), fullAt: isoDate(values.fullAt) };
    const done = (saved: MemberDto) => {
      void message.success(t(member ? 'people.done.saved' : 'people.done.created'));
      onSaved(saved);
    };
    if (!member) {
      create.mutate(toMemberInput(fields), { onSuccess: done, onError: (error) => showError(error, form) });
      return;
    }
    update.mutate({ id: member.id, ...memberChanges(fields, member) }, { onSuccess: done, onError: (error) => showError(error, form) });
  };

  const initialValues: Partial<Values> = member
    ? {
        name: member.name,
        ethnicity: member.ethnicity,
        education: member.education ?? undefined,
        organizationId: member.organization?.id,
        partyOrgId: member.partyOrg?.id,
        memberType: member.memberType,
        status: member.status,
        joinedAt: dayOf(member.joinedAt),
        fullAt: dayOf(member.fullAt),
        householdId: member.home?.householdId,
        talents: member.talents,
        intentions: member.intentions,
        freeTime: member.freeTime,
      }
    : { ethnicity: DEFAULT_ETHNICITY, memberType: 'full', status: 'active', talents: [] };

  const partyOrgOptions = (organization.data?.partyOrgs ?? []).map((p) => ({ value: p.id, label: p.name }));
  if (member?.partyOrg && organizationId === member.organization?.id && !partyOrgOptions.some((o) => o.value === member.partyOrg?.id)) {
    partyOrgOptions.unshift({ value: member.partyOrg.id, label: member.partyOrg.name });
  }

  return (
    <FormModal<Values>
      title={member ? t('members.edit.title', { name: member.name }) : t('members.new')}
      form={form}
      width={760}
      initialValues={initialValues}
      onFinish={submit}
      onClose={onClose}
      pending={create.isPending || update.isPending}
    >
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="name" label={t('people.field.name')} rules={[{ required: true, whitespace: true, max: 20 }]}>
            <Input maxLength={20} autoFocus />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <IdNumberField required={member === null} current={member?.idNumber} />
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label={t('people.field.gender')} extra={t('people.field.fromId')}>
            <Input value={identity ? label(GENDER_LABELS[identity.gender]) : ''} disabled data-testid="member-gender" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label={t('people.field.birthDate')}>
            <Input value={identity?.birthDate ?? ''} disabled data-testid="member-birth-date" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="ethnicity" label={t('members.field.ethnicity')} rules={[{ max: 10 }]}>
            <Input maxLength={10} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="education" label={t('members.field.education')}>
            <Select<Education> allowClear options={EDUCATIONS.map((e) => ({ value: e, label: label(EDUCATION_LABELS[e]) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="phone"
            label={t('people.field.phone')}
            extra={member?.phone ? t('people.field.phone.keep', { current: member.phone }) : undefined}
            rules={[{ pattern: PHONE, message: t('people.phone.invalid') }]}
          >
            <Input inputMode="tel" maxLength={11} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="householdId" label={t('members.field.household')} extra={t('members.field.household.hint')}>
            <HouseholdPicker initialLabel={member?.home?.address} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="organizationId" label={t('members.field.organization')}>
            <OrganizationSelect
              placeholder={t('members.field.organization.placeholder')}
              initialLabel={member?.organization?.name}
              onChange={() => form.setFieldValue('partyOrgId', undefined)}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="partyOrgId"
            label={t('members.field.partyOrg')}
            extra={organizationId && organization.data && partyOrgOptions.length === 0 ? t('members.field.partyOrg.none') : undefined}
          >
            <Select<number>
              allowClear
              disabled={!organizationId}
              loading={organization.isFetching}
              placeholder={organizationId ? undefined : t('members.field.partyOrg.first')}
              options={partyOrgOptions}
              data-testid="party-org-select"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="memberType" label={t('members.field.memberType')} rules={[{ required: true }]}>
            <Select<MemberType> options={MEMBER_TYPES.map((m) => ({ value: m, label: label(MEMBER_TYPE_LABELS[m]) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="status" label={t('members.field.status')} rules={[{ required: true }]}>
            <Select<MemberStatus> options={MEMBER_STATUSES.map((s) => ({ value: s, label: label(MEMBER_STATUS_LABELS[s]) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="joinedAt" label={t('members.field.joinedAt')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="fullAt" label={t('members.field.fullAt')}>
            <DatePicker style={{ width: '100%' }} disabled={memberType === 'probationary'} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="talents" label={t('members.field.talents')} rules={[{ type: 'array', max: 8 }]}>
            <Select<TalentClass[]> mode="multiple" allowClear options={TALENT_CLASSES.map((c) => ({ value: c, label: label(TALENT_LABELS[c]) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="intentions" label={t('members.field.intentions')} extra={t('members.field.intentions.hint')} rules={[{ max: 200 }]}>
            <Input.TextArea maxLength={200} autoSize={{ minRows: 2, maxRows: 4 }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="freeTime" label={t('members.field.freeTime')} extra={t('members.field.freeTime.hint')} rules={[{ max: 100 }]}>
            <Input.TextArea maxLength={100} autoSize={{ minRows: 2, maxRows: 4 }} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
