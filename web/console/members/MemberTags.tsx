import { Space, Tag, Typography } from 'antd';
import { MEMBER_STATUS_LABELS, MEMBER_TYPE_LABELS, type MemberStatus, type MemberType, TALENT_LABELS, type TalentClass } from '#contracts/labels.js';
import { useI18n } from '../../i18n/I18nProvider.js';

const STATUS_COLORS: Record<MemberStatus, string> = { active: 'green', transferred: 'default', retired: 'default' };

export function MemberTypeTag({ value }: { value: MemberType }) {
  const { label } = useI18n();
  return <Tag color={value === 'full' ? 'red' : 'gold'}>{label(MEMBER_TYPE_LABELS[value])}</Tag>;
}

export function MemberStatusTag({ value }: { value: MemberStatus }) {
  const { label } = useI18n();
  return <Tag color={STATUS_COLORS[value]}>{label(MEMBER_STATUS_LABELS[value])}</Tag>;
}

/** 人才类别 as tags; a dash when none. */
export function TalentTags({ values }: { values: readonly TalentClass[] }) {
  const { label } = useI18n();
  if (values.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={[0, 4]} wrap>
      {values.map((c) => (
        <Tag key={c} color="geekblue">
          {label(TALENT_LABELS[c])}
        </Tag>
      ))}
    </Space>
  );
}
