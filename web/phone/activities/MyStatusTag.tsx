import { Tag } from 'antd-mobile';
import type { ActivityDto } from '#contracts/activities.js';
import { hoursText } from '../../console/activities/activityTime.js';
import { useI18n } from '../../i18n/I18nProvider.js';

/** The member's own standing: 已报名, 已签到, 已签退 with hours; nothing before signing up. */
export function MyStatusTag({ mine, testId }: { mine: ActivityDto['mine']; testId?: string }) {
  const { t } = useI18n();
  if (!mine) return null;
  if (mine.checkOutAt) {
    return (
      <Tag color="success" fill="outline" data-testid={testId}>
        {t('act.mine.checkedOut', { hours: hoursText(mine.hours) })}
      </Tag>
    );
  }
  if (mine.checkInAt) {
    return (
      <Tag color="primary" fill="outline" data-testid={testId}>
        {t('act.mine.checkedIn')}
      </Tag>
    );
  }
  return (
    <Tag color="warning" fill="outline" data-testid={testId}>
      {t('act.mine.signedUp')}
    </Tag>
  );
}
