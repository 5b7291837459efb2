import { Tag } from 'antd';
import type { ActivityDto } from '#contracts/activities.js';
import { useT } from '../../i18n/I18nProvider.js';
import { type Phase, phaseOf } from './activityTime.js';

const COLORS: Record<Phase, string> = { coming: 'blue', ongoing: 'green', ended: 'default' };

/** 未开始 / 进行中 / 已结束, or 已取消. */
export function PhaseTag({ activity: a, testId }: { activity: Pick<ActivityDto, 'startsAt' | 'endsAt' | 'status'>; testId?: string }) {
  const t = useT();
  if (a.status === 'cancelled') return <Tag data-testid={testId}>{t('act.phase.cancelled')}</Tag>;
  const phase = phaseOf(a.startsAt, a.endsAt);
  return (
    <Tag color={COLORS[phase]} data-testid={testId}>
      {t(`act.phase.${phase}` as const)}
    </Tag>
  );
}
