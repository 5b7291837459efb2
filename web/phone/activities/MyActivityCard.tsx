import { Button, Dialog, List, Toast } from 'antd-mobile';
import { useNavigate } from 'react-router-dom';
import type { ActivityDto } from '#contracts/activities.js';
import { useSignUp } from '../../api/activities.js';
import { errorText } from '../../api/errorText.js';
import { checkStillOpen, hoursText, phaseOf, timeRange } from '../../console/activities/activityTime.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';

/** 报名 (asked to confirm), or the member's sign-up, check-in, check-out and hours, and the way to the check-in page. */
export function MyActivityCard({ activity: a, onFailure }: { activity: ActivityDto; onFailure: (text: string | null) => void }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const signUp = useSignUp();
  const ended = phaseOf(a.startsAt, a.endsAt) === 'ended';
  const full = a.signedUp >= a.capacity;
  const checkOpen = checkStillOpen(a.endsAt);

  const join = async () => {
    const ok = await Dialog.confirm({
      title: t('act.phone.signUp.confirmTitle'),
      content: (
        <div className="act-dialog-text" data-testid="activity-signup-confirm">
          {t('act.phone.signUp.confirm', { title: a.title, time: timeRange(a.startsAt, a.endsAt), location: a.location })}
        </div>
      ),
      confirmText: t('act.phone.signUp'),
      cancelText: t('common.cancel'),
    });
    if (!ok) return;
    signUp.mutate(a.id, {
      onSuccess: () => {
        onFailure(null);
        Toast.show({ icon: 'success', content: t('act.phone.signUp.done') });
      },
      onError: (error) => onFailure(errorText(error, lang, t)),
    });
  };

  if (!a.mine) {
    if (a.status !== 'published' || ended) return <div className="phone-hint">{t('act.phone.closed')}</div>;
    return (
      <div className="order-actions">
        <Button block color="primary" size="large" disabled={full} loading={signUp.isPending} onClick={() => void join()} data-testid="activity-signup">
          {full ? t('act.phone.full') : t('act.phone.signUp')}
        </Button>
      </div>
    );
  }

  const m = a.mine;
  return (
    <>
      <List mode="card" header={t('act.phone.mine')} data-testid="activity-mine-card">
        <List.Item extra={formatTime(m.signedUpAt)}>{t('act.att.signedUpAt')}</List.Item>
        <List.Item extra={<span data-testid="activity-mine-in">{m.checkInAt ? formatTime(m.checkInAt) : t('act.att.notYet')}</span>}>
          {t('act.att.checkIn')}
        </List.Item>
        <List.Item extra={<span data-testid="activity-mine-out">{m.checkOutAt ? formatTime(m.checkOutAt) : t('act.att.notYet')}</span>}>
          {t('act.att.checkOut')}
        </List.Item>
        {m.checkOutAt && <List.Item extra={t('act.phone.hours', { hours: hoursText(m.hours) })}>{t('act.att.hours')}</List.Item>}
      </List>
      {!m.checkOutAt && checkOpen && (
        <>
          <div className="phone-hint">{m.checkInAt ? t('act.phone.checkOutHint') : t('act.phone.checkInHint')}</div>
          <div className="order-actions">
            <Button block color="primary" fill="outline" size="large" onClick={() => navigate(`/m/activities/${a.id}/check`)} data-testid="activity-enter-code">
              {t('act.check.enterCode')}
            </Button>
          </div>
        </>
      )}
    </>
  );
}
