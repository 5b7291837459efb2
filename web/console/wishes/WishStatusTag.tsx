import { Tag } from 'antd';
import { WISH_STATUS_LABELS, type WishStatus } from '#contracts/labels.js';
import { useI18n } from '../../i18n/I18nProvider.js';

const COLORS: Record<WishStatus, string> = { open: 'gold', claimed: 'processing', fulfilled: 'purple', thanked: 'success', withdrawn: 'default' };

export function WishStatusTag({ status, testId }: { status: WishStatus; testId?: string }) {
  const { label } = useI18n();
  return (
    <Tag color={COLORS[status]} data-testid={testId}>
      {label(WISH_STATUS_LABELS[status])}
    </Tag>
  );
}
