import { Tag } from 'antd-mobile';
import { TOPIC_STATUS_LABELS, type TopicStatus } from '#contracts/deliberation.js';
import { useI18n } from '../../i18n/I18nProvider.js';

const COLORS: Record<TopicStatus, string> = {
  proposed: 'primary',
  selected: 'warning',
  decided: '#722ed1',
  declined: 'default',
  done: 'success',
};

export function TopicStatusTag({ status, testId }: { status: TopicStatus; testId?: string }) {
  const { label } = useI18n();
  return (
    <Tag color={COLORS[status]} fill="outline" data-testid={testId}>
      {label(TOPIC_STATUS_LABELS[status])}
    </Tag>
  );
}
