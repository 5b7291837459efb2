import { List } from 'antd-mobile';
import { useNavigate } from 'react-router-dom';
import type { ActivityDto } from '#contracts/activities.js';
import { timeRange } from '../../console/activities/activityTime.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { MyStatusTag } from './MyStatusTag.js';

/** One activity in the list: title, my status, when, where, how many places are left. */
export function ActivityCard({ activity: a }: { activity: ActivityDto }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const left = Math.max(0, a.capacity - a.signedUp);
  return (
    <List.Item
      data-testid={`activity-card-${a.id}`}
      onClick={() => navigate(`/m/activities/${a.id}`)}
      description={
        <>
          {a.theme && <div className="act-theme">{t('act.themeOf', { theme: a.theme })}</div>}
          <div className="phone-time">{timeRange(a.startsAt, a.endsAt)}</div>
          <div className="phone-time">
            {a.place.name} · {a.location}
          </div>
          <div className="phone-time">{left > 0 ? t('act.phone.left', { left, capacity: a.capacity }) : t('act.phone.full')}</div>
        </>
      }
    >
      <div className="order-head">
        <span className="phone-strong">{a.title}</span>
        <MyStatusTag mine={a.mine} testId={`activity-card-mine-${a.id}`} />
      </div>
    </List.Item>
  );
}
