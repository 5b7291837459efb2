import { Button, Card, ErrorBlock, List, NavBar, NoticeBar, SpinLoading } from 'antd-mobile';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import type { ActivityDto } from '#contracts/activities.js';
import { useActivity } from '../../api/activities.js';
import { ApiError } from '../../api/client.js';
import { timeRange } from '../../console/activities/activityTime.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useBack } from '../orders/phoneBack.js';
import { MyActivityCard } from './MyActivityCard.js';
import { MyStatusTag } from './MyStatusTag.js';
import '../orders/orders.css';
import './activities.css';

/** One activity on the phone: what, when, where; 报名 with a confirmation, then the member's check-in and hours. */
export function ActivityPhonePage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const activity = useActivity(id);
  const back = useBack('/m/activities');
  const [failure, setFailure] = useState<string | null>(null);
  const gone = activity.isError && activity.error instanceof ApiError && activity.error.status === 404;

  return (
    <div data-testid="activity-page">
      <NavBar onBack={back}>{t('act.phone.detail')}</NavBar>
      {failure && <NoticeBar data-testid="activity-error" color="error" wrap content={failure} onClose={() => setFailure(null)} closeable />}
      {!Number.isInteger(id) || id <= 0 || gone ? (
        <ErrorBlock status="empty" title={t('act.phone.notFound')} description={t('act.phone.notFoundHint')} data-testid="activity-not-found" />
      ) : activity.isPending ? (
        <div className="phone-brand">
          <SpinLoading />
        </div>
      ) : activity.isError ? (
        <ErrorBlock status="disconnected" title={t('common.loadFailed')} description={t('error.network')}>
          <Button color="primary" onClick={() => void activity.refetch()}>
            {t('common.retry')}
          </Button>
        </ErrorBlock>
      ) : (
        <ActivityBody activity={activity.data} onFailure={setFailure} />
      )}
    </div>
  );
}

function ActivityBody({ activity: a, onFailure }: { activity: ActivityDto; onFailure: (text: string | null) => void }) {
  const { t } = useI18n();
  return (
    <>
      <Card
        className="order-card"
        title={
          <div className="order-head">
            <span className="phone-strong" data-testid="activity-title">
              {a.title}
            </span>
            <MyStatusTag mine={a.mine} testId="activity-mine" />
          </div>
        }
      >
        {a.theme && <div className="act-theme">{t('act.themeOf', { theme: a.theme })}</div>}
        {a.description && <div className="order-text">{a.description}</div>}
      </Card>
      <List mode="card" data-testid="activity-facts">
        <List.Item extra={timeRange(a.startsAt, a.endsAt)}>{t('act.field.time')}</List.Item>
        <List.Item extra={`${a.place.name} · ${a.location}`}>{t('act.field.location')}</List.Item>
        {a.team && <List.Item extra={a.team.name}>{t('act.field.team')}</List.Item>}
        <List.Item extra={<span data-testid="activity-count">{`${a.signedUp} / ${a.capacity}`}</span>}>{t('act.col.signedUp')}</List.Item>
        <List.Item extra={t('act.pointsPerHour', { points: a.pointsPerHour })}>{t('act.field.points')}</List.Item>
      </List>
      <MyActivityCard activity={a} onFailure={onFailure} />
    </>
  );
}
