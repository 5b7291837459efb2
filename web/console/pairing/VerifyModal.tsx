import { Alert, Checkbox, Form, Radio } from 'antd';
import { CARE_CATEGORIES, CARE_CATEGORY_LABELS, type CareCategory, HOUSEHOLD_LABEL_LABELS, HOUSEHOLD_LABELS, type HouseholdLabel } from '#contracts/labels.js';
import type { KeyHouseholdDto } from '#contracts/pairing.js';
import { useVerifyHousehold } from '../../api/pairing.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { FormModal } from '../layout/FormModal.js';
import { useApiError } from '../useApiError.js';

type Values = { label: HouseholdLabel; care: CareCategory[] };

/** 复核: confirm or correct the label and care categories; 空置 ends the household's pairings. */
export function VerifyModal({ row, onClose }: { row: KeyHouseholdDto; onClose: () => void }) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<Values>();
  const verify = useVerifyHousehold();
  const showError = useApiError();
  const chosen = Form.useWatch('label', form);

  return (
    <FormModal<Values>
      title={t('pairing.verify.title', { address: row.household.address })}
      form={form}
      initialValues={{ label: row.household.label, care: [...row.household.care] }}
      pending={verify.isPending}
      okText={t('pairing.verify')}
      onClose={onClose}
      onFinish={(v) => verify.mutate({ id: row.household.id, ...v }, { onSuccess: onClose, onError: (e) => showError(e, form) })}
    >
      <Form.Item name="label" label={t('pairing.col.label')} rules={[{ required: true }]}>
        <Radio.Group data-testid="verify-label" options={HOUSEHOLD_LABELS.map((l) => ({ value: l, label: label(HOUSEHOLD_LABEL_LABELS[l]) }))} />
      </Form.Item>
      {chosen === 'vacant' && row.members.length > 0 && <Alert type="warning" showIcon title={t('pairing.verify.vacantHint')} style={{ marginBottom: 16 }} />}
      <Form.Item name="care" label={t('pairing.col.care')}>
        <Checkbox.Group data-testid="verify-care" options={CARE_CATEGORIES.map((c) => ({ value: c, label: label(CARE_CATEGORY_LABELS[c]) }))} />
      </Form.Item>
    </FormModal>
  );
}
