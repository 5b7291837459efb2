import { Card, SpinLoading, Tag } from 'antd-mobile';
import type { MemberRegistrationStatus } from '#contracts/labels.js';
import { useMyRegistrations } from '../api/self.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { formatTime } from '../shared/time.js';

const STATUS_COLORS: Record<MemberRegistrationStatus, 'primary' | 'success' | 'danger' | 'default'> = {
  submitted: 'primary',
  approved: 'success',
  returned: 'danger',
  superseded: 'default',
};

/** 我的报到: the member's latest registration and where it stands, or how to register. */
export function MyRegistrationCard() {
  const { t } = useI18n();
  const mine = useMyRegistrations();
  const latest = mine.data?.[0];

  return (
    <Card title={t('self.mine.title')} className="phone-section" data-testid="my-registration">
      {mine.isPending ? (
        <SpinLoading />
      ) : mine.isError ? (
        <div className="phone-muted">{t('common.loadFailed')}</div>
      ) : !latest ? (
        <div data-testid="my-registration-none">
          <div className="phone-strong">{t('self.mine.none')}</div>
          <div className="phone-muted">{t('self.mine.noneHint')}</div>
        </div>
      ) : (
        <div className="phone-registration">
          <div className="phone-registration-head">
            <span className="phone-strong" data-testid="my-registration-place">
              {latest.place.name}
            </span>
            <Tag color={STATUS_COLORS[latest.status]} fill="outline" data-testid="my-registration-status">
              {t(`self.mine.status.${latest.status}`)}
            </Tag>
          </div>
          <div>{t('self.mine.household', { address: latest.householdAddress })}</div>
          <div className="phone-muted">
            {latest.decidedAt
              ? t('self.mine.decidedAt', { time: formatTime(latest.decidedAt) })
              : t('self.mine.submittedAt', { time: formatTime(latest.submittedAt) })}
          </div>
          {latest.status === 'returned' && (
            <>
              {latest.reason && (
                <div className="phone-danger" data-testid="my-registration-reason">
                  {t('self.mine.reason', { reason: latest.reason })}
                </div>
              )}
              <div className="phone-muted">{t('self.mine.again')}</div>
            </>
          )}
        </div>
      )}
    </Card>
  );
}
