import { Space, Tag, Typography } from 'antd';
import { CARE_CATEGORY_LABELS, type CareCategory, HOUSEHOLD_LABEL_LABELS, type HouseholdLabel } from '#contracts/labels.js';
import { useI18n } from '../../i18n/I18nProvider.js';

/** The five colours of the household ledger (户的五色标签). */
export const HOUSEHOLD_LABEL_COLORS: Record<HouseholdLabel, string> = {
  resident: 'green',
  rental: 'blue',
  specialCare: 'orange',
  partyMember: 'red',
  vacant: 'default',
};

export function HouseholdLabelTag({ value }: { value: HouseholdLabel }) {
  const { label } = useI18n();
  return (
    <Tag color={HOUSEHOLD_LABEL_COLORS[value]} data-testid={`household-label-${value}`}>
      {label(HOUSEHOLD_LABEL_LABELS[value])}
    </Tag>
  );
}

/** 重点户 categories; nothing when the household has none. */
export function CareTags({ values }: { values: readonly CareCategory[] }) {
  const { label } = useI18n();
  if (values.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={[0, 4]} wrap>
      {values.map((c) => (
        <Tag key={c} color="magenta">
          {label(CARE_CATEGORY_LABELS[c])}
        </Tag>
      ))}
    </Space>
  );
}
