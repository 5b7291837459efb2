import { App, Form, Input, Select } from 'antd';
import { CARE_CATEGORIES, CARE_CATEGORY_LABELS, type CareCategory, HOUSEHOLD_LABELS, type HouseholdLabel, type PlaceKind } from '#contracts/labels.js';
import type { HouseholdDto, HouseholdInput } from '#contracts/people.js';
import { useCreateHousehold, useUpdateHousehold } from '../../api/households.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { FormModal } from '../layout/FormModal.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { useApiError } from '../useApiError.js';
import { HouseholdLabelTag } from './HouseholdTags.js';

type Values = { placeId: number; doorNo: string; label: HouseholdLabel; careCategories: CareCategory[] };

type Props = {
  /** null: a new household. */
  household: HouseholdDto | null;
  onClose: () => void;
  onSaved: (saved: HouseholdDto) => void;
};

const DOOR_NO = /^[0-9A-Za-z-]{1,10}$/;
/** A household hangs on a building, a stairwell unit or (in villages) a grid. */
const HOUSEHOLD_PLACE_KINDS: readonly PlaceKind[] = ['building', 'unit', 'grid'];

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** New household or edit: where it is, its door number, colour label and 重点户 categories. */
export function HouseholdFormModal({ household, onClose, onSaved }: Props) {
  const { t, label, kindLabel } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateHousehold();
  const update = useUpdateHousehold();
  const showError = useApiError();

  const submit = (values: Values) => {
    const input: HouseholdInput = { placeId: values.placeId, doorNo: values.doorNo.trim(), label: values.label, careCategories: values.careCategories ?? [] };
    const done = (saved: HouseholdDto) => {
      void message.success(t(household ? 'people.done.saved' : 'people.done.created'));
      onSaved(saved);
    };
    if (!household) {
      create.mutate(input, { onSuccess: done, onError: (error) => showError(error, form) });
      return;
    }
    const changes: Partial<HouseholdInput> = {
      ...(input.placeId !== household.place.id ? { placeId: input.placeId } : {}),
      ...(input.doorNo !== household.doorNo ? { doorNo: input.doorNo } : {}),
      ...(input.label !== household.label ? { label: input.label } : {}),
      ...(!sameSet(input.careCategories, household.careCategories) ? { careCategories: input.careCategories } : {}),
    };
    update.mutate({ id: household.id, ...changes }, { onSuccess: done, onError: (error) => showError(error, form) });
  };

  return (
    <FormModal<Values>
      title={household ? t('households.edit.title', { address: household.address }) : t('households.new')}
      form={form}
      initialValues={
        household
          ? { placeId: household.place.id, doorNo: household.doorNo, label: household.label, careCategories: household.careCategories }
          : { label: 'resident', careCategories: [] }
      }
      onFinish={submit}
      onClose={onClose}
      pending={create.isPending || update.isPending}
    >
      <Form.Item
        name="placeId"
        label={t('households.field.place')}
        extra={t('households.field.place.hint', { kinds: HOUSEHOLD_PLACE_KINDS.map(kindLabel).join(t('common.listSeparator')) })}
        rules={[{ required: true }]}
      >
        <PlacePicker
          placeholder={t('people.place.placeholder')}
          initialLabel={household?.place.name}
          accept={(hit) => !hit.retired && HOUSEHOLD_PLACE_KINDS.includes(hit.kind)}
        />
      </Form.Item>
      <Form.Item
        name="doorNo"
        label={t('households.field.doorNo')}
        extra={t('households.field.doorNo.hint')}
        rules={[
          { required: true, whitespace: true },
          { pattern: DOOR_NO, message: t('households.field.doorNo.invalid') },
        ]}
      >
        <Input maxLength={10} autoFocus={household === null} />
      </Form.Item>
      <Form.Item name="label" label={t('households.field.label')} rules={[{ required: true }]}>
        <Select<HouseholdLabel> options={HOUSEHOLD_LABELS.map((l) => ({ value: l, label: <HouseholdLabelTag value={l} /> }))} />
      </Form.Item>
      <Form.Item name="careCategories" label={t('households.field.care')} extra={t('households.field.care.hint')}>
        <Select<CareCategory[]> mode="multiple" allowClear options={CARE_CATEGORIES.map((c) => ({ value: c, label: label(CARE_CATEGORY_LABELS[c]) }))} />
      </Form.Item>
    </FormModal>
  );
}
