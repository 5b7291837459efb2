import { Tag } from 'antd-mobile';
import { WISH_STATUS_LABELS, type WishStatus } from '#contracts/labels.js';
import { useI18n } from '../../i18n/I18nProvider.js';

const COLORS: Record<WishStatus, string> = { open: 'danger', claimed: 'primary', fulfilled: '#722ed1', thanked: 'success', withdrawn: 'default' };

export function WishStatusTag({ status, testId }: { status: WishStatus; testId?: string }) {
  const { label } = useI18n();
  return (
    <Tag color={COLORS[status]} fill="outline" data-testid={testId}>
      {label(WISH_STATUS_LABELS[status])}
    </Tag>
  );
}
