import { App, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { GENDER_LABELS, GENDERS, type Gender, RELATION_LABELS, RELATIONS, type Relation } from '#contracts/labels.js';
import type { ResidentDto, ResidentInput } from '#contracts/people.js';
import { useCreateResident, useUpdateResident } from '../../api/residents.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { dayOf, isoDate } from '../../shared/time.js';
import { HouseholdPicker } from '../households/HouseholdPicker.js';
import { FormModal } from '../layout/FormModal.js';
import { IdNumberField, identityOf } from '../shared/IdNumberField.js';
import { PHONE } from '../shared/patterns.js';
import { useApiError } from '../useApiError.js';

type Values = { householdId: number; name: string; relation: Relation; idNumber?: string; gender?: Gender; birthDate?: Dayjs; phone?: string };

type Props = {
  /** null: a new resident. */
  resident: ResidentDto | null;
  /** Adding from a household's drawer: that household, fixed. */
  household?: { id: number; address: string };
  onClose: () => void;
  onSaved: () => void;
};

/** New resident or edit: household, name, relation, and optionally ID number (which fills gender and birth date) and phone. */
export function ResidentFormModal({ resident, household, onClose, onSaved }: Props) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateResident();
  const update = useUpdateResident();
  const showError = useApiError();
  const idNumber = Form.useWatch('idNumber', form);
  // A valid ID number decides gender and birth date.
  const fromId = identityOf(idNumber);

  const submit = (values: Values) => {
    const id = values.idNumber?.trim() || undefined;
    const input: ResidentInput = {
      householdId: values.householdId,
      name: values.name.trim(),
      relation: values.relation,
      idNumber: id,
      gender: id ? undefined : values.gender,
      birthDate: id ? undefined : isoDate(values.birthDate),
      phone: values.phone?.trim() || undefined,
    };
    const done = () => {
      void message.success(t(resident ? 'people.done.saved' : 'people.done.created'));
      onSaved();
    };
    if (!resident) {
      create.mutate(input, { onSuccess: done, onError: (error) => showError(error, form) });
      return;
    }
    // Only what changed; blank phone and ID keep what is on record.
    const changes: Partial<ResidentInput> = {
      ...(input.householdId !== resident.householdId ? { householdId: input.householdId } : {}),
      ...(input.name !== resident.name ? { name: input.name } : {}),
      ...(input.relation !== resident.relation ? { relation: input.relation } : {}),
      // With a new ID number go the gender and birth date it encodes, so the stored ones cannot contradict it.
      ...(id ? { idNumber: id, ...identityOf(id) } : {}),
      ...(!id && input.gender && input.gender !== resident.gender ? { gender: input.gender } : {}),
      ...(!id && input.birthDate && input.birthDate !== resident.birthDate ? { birthDate: input.birthDate } : {}),
      ...(input.phone ? { phone: input.phone } : {}),
    };
    update.mutate({ id: resident.id, ...changes }, { onSuccess: done, onError: (error) => showError(error, form) });
  };

  const initialHousehold = household ?? (resident ? { id: resident.householdId, address: resident.address } : undefined);

  return (
    <FormModal<Values>
      title={resident ? t('residents.edit.title', { name: resident.name }) : t('residents.new')}
      form={form}
      initialValues={{
        householdId: initialHousehold?.id,
        name: resident?.name,
        relation: resident?.relation ?? 'head',
        gender: resident?.gender ?? undefined,
        birthDate: dayOf(resident?.birthDate),
      }}
      onFinish={submit}
      onClose={onClose}
      pending={create.isPending || update.isPending}
    >
      <Form.Item name="householdId" label={t('residents.field.household')} rules={[{ required: true }]}>
        <HouseholdPicker initialLabel={initialHousehold?.address} disabled={household !== undefined} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="name" label={t('people.field.name')} rules={[{ required: true, whitespace: true, max: 20 }]}>
            <Input maxLength={20} autoFocus />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="relation" label={t('residents.field.relation')} rules={[{ required: true }]}>
            <Select<Relation> options={RELATIONS.map((r) => ({ value: r, label: label(RELATION_LABELS[r]) }))} />
          </Form.Item>
        </Col>
      </Row>
      <IdNumberField required={false} current={resident?.idNumber} />
      <Row gutter={12}>
        <Col span={12}>
          {fromId ? (
            <Form.Item label={t('people.field.gender')} extra={t('people.field.fromId')}>
              <Input value={label(GENDER_LABELS[fromId.gender])} disabled />
            </Form.Item>
          ) : (
            <Form.Item name="gender" label={t('people.field.gender')}>
              <Select<Gender> allowClear options={GENDERS.map((g) => ({ value: g, label: label(GENDER_LABELS[g]) }))} />
            </Form.Item>
          )}
        </Col>
        <Col span={12}>
          {fromId ? (
            <Form.Item label={t('people.field.birthDate')} extra={t('people.field.fromId')}>
              <Input value={fromId.birthDate} disabled />
            </Form.Item>
          ) : (
            <Form.Item name="birthDate" label={t('people.field.birthDate')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          )}
        </Col>
      </Row>
      <Form.Item
        name="phone"
        label={t('people.field.phone')}
        extra={resident?.phone ? t('people.field.phone.keep', { current: resident.phone }) : undefined}
        rules={[{ pattern: PHONE, message: t('people.phone.invalid') }]}
      >
        <Input inputMode="tel" maxLength={11} />
      </Form.Item>
    </FormModal>
  );
}
