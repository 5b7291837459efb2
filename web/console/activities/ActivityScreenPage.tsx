import { ArrowLeftOutlined, CompressOutlined, ExpandOutlined } from '@ant-design/icons';
import { Alert, Button, Progress, Result } from 'antd';
import { useRef } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import type { ActivityDto } from '#contracts/activities.js';
import { useActivity, useActivityQr, useAttendees } from '../../api/activities.js';
import { ApiError } from '../../api/client.js';
import { errorText } from '../../api/errorText.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { NotFound } from '../layout/NotFound.js';
import { PageSpin } from '../layout/PageSpin.js';
import { timeRange } from './activityTime.js';
import { useFullscreen, useSecondsLeft } from './useScreenClock.js';
import './activity-screen.css';

const CODE_SECONDS = 30;

/** 签到大屏: for a projector at the activity — the QR code and its 6-character code, renewed every 30 seconds. */
export function ActivityScreenPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const activity = useActivity(id);

  if (!Number.isInteger(id) || id <= 0) return <NotFound />;
  if (activity.isPending) return <PageSpin />;
  if (activity.isError) {
    if (activity.error instanceof ApiError && activity.error.status === 404) return <NotFound />;
    return <Result status="warning" title={t('common.loadFailed')} extra={<Button onClick={() => void activity.refetch()}>{t('common.retry')}</Button>} />;
  }
  return <Screen activity={activity.data} />;
}

function Screen({ activity: a }: { activity: ActivityDto }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const frame = useRef<HTMLDivElement>(null);
  const fullscreen = useFullscreen(frame);
  const qr = useActivityQr(a.id);
  const attendees = useAttendees(a.id).data ?? [];
  const left = useSecondsLeft(qr.data?.expiresAt);

  return (
    <div ref={frame} className="act-screen" data-testid="activity-screen">
      <div className="act-screen-bar">
        <Button ghost icon={<ArrowLeftOutlined />} onClick={() => navigate(`/activities/${a.id}`)} className="act-screen-back">
          {t('act.screen.back')}
        </Button>
        {fullscreen.supported && (
          <Button ghost icon={fullscreen.active ? <CompressOutlined /> : <ExpandOutlined />} onClick={fullscreen.toggle} data-testid="screen-fullscreen">
            {fullscreen.active ? t('act.screen.exitFullscreen') : t('act.screen.fullscreen')}
          </Button>
        )}
      </div>
      <header className="act-screen-head">
        <h1 data-testid="screen-title">{a.title}</h1>
        <div className="act-screen-meta">
          {timeRange(a.startsAt, a.endsAt)} · {a.place.name} · {a.location}
          {a.theme && ` · ${a.theme}`}
        </div>
      </header>
      {qr.isError && <Alert type="error" showIcon className="act-screen-alert" title={errorText(qr.error, lang, t)} data-testid="screen-error" />}
      {qr.data ? (
        <div className="act-screen-body">
          <img
            className="act-screen-qr"
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(qr.data.svg)}`}
            alt={t('act.screen.scan')}
            data-testid="screen-qr"
          />
          <div className="act-screen-side">
            <div className="act-screen-scan">{t('act.screen.scan')}</div>
            <div className="act-screen-or">{t('act.screen.orCode')}</div>
            <div className="act-screen-code" data-testid="screen-code" aria-live="polite">
              {qr.data.code}
            </div>
            <div className="act-screen-countdown">
              <Progress
                percent={(left / CODE_SECONDS) * 100}
                showInfo={false}
                strokeColor="#ffd666"
                railColor="rgba(255,255,255,0.25)"
                aria-label={t('act.screen.countdown', { seconds: left })}
              />
              <span data-testid="screen-countdown">{t('act.screen.countdown', { seconds: left })}</span>
            </div>
            <div className="act-screen-counts" data-testid="screen-counts">
              {t('act.screen.counts', {
                signedUp: attendees.length,
                checkedIn: attendees.filter((r) => r.checkInAt).length,
                checkedOut: attendees.filter((r) => r.checkOutAt).length,
              })}
            </div>
          </div>
        </div>
      ) : (
        !qr.isError && <PageSpin />
      )}
    </div>
  );
}
