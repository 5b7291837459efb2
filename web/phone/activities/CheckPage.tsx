import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Button, Card, ErrorBlock, NavBar, SpinLoading } from 'antd-mobile';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import type { CheckResultDto } from '#contracts/activities.js';
import { useActivity, useCheck } from '../../api/activities.js';
import { ApiError } from '../../api/client.js';
import { errorText } from '../../api/errorText.js';
import { clockOf, hoursText } from '../../console/activities/activityTime.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { CodeEntry } from './CodeEntry.js';
import '../orders/orders.css';
import './activities.css';

const CODE = /^[0-9A-Z]{6}$/;

/**
 * 签到/签退, opened by scanning the organiser's screen: the code in the link is sent at once and the
 * answer shown large; a code can also be typed. The first scan checks in, the next checks out.
 */
export function CheckPage() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const activity = useActivity(id);
  const check = useCheck();
  const [result, setResult] = useState<CheckResultDto | null>(null);
  const [failure, setFailure] = useState<{ text: string; expired: boolean } | null>(null);

  const send = (code: string) => {
    setFailure(null);
    check.mutate(
      { id, code },
      {
        onSuccess: setResult,
        onError: (error) => {
          setResult(null);
          setFailure({ text: errorText(error, lang, t), expired: error instanceof ApiError && error.code === 'activity.codeExpired' });
        },
      },
    );
  };

  // The scanned code goes once; it then leaves the address, so a reload cannot check out by accident.
  const scanned = params.get('code')?.trim().toUpperCase() ?? '';
  const sent = useRef('');
  const latestSend = useRef(send);
  latestSend.current = send;
  useEffect(() => {
    if (!scanned || sent.current === scanned) return;
    sent.current = scanned;
    setParams({}, { replace: true });
    if (CODE.test(scanned)) latestSend.current(scanned);
    else setFailure({ text: t('act.check.badCode'), expired: true });
  }, [scanned, setParams, t]);

  if (!Number.isInteger(id) || id <= 0) {
    return <ErrorBlock status="empty" title={t('act.phone.notFound')} description={t('act.phone.notFoundHint')} />;
  }

  return (
    <div data-testid="check-page">
      <NavBar onBack={() => navigate(`/m/activities/${id}`)}>{t('act.check.title')}</NavBar>
      <div className="act-check-activity" data-testid="check-activity">
        {activity.data?.title}
      </div>
      {check.isPending ? (
        <div className="act-check-result">
          <SpinLoading style={{ '--size': '48px' }} />
          <div className="act-check-detail">{t('act.check.sending')}</div>
        </div>
      ) : result ? (
        <CheckResult result={result} />
      ) : (
        failure && (
          <div className="act-check-result act-check-failed" data-testid="check-error">
            <CloseCircleFilled className="act-check-icon" />
            <div className="act-check-title">{failure.expired ? t('act.check.failedExpired') : t('act.check.failed')}</div>
            <div className="act-check-detail" data-testid="check-error-text">
              {failure.text}
            </div>
            <div className="act-check-hint">{t('act.check.rescanHint')}</div>
          </div>
        )
      )}
      <Card className="order-card" title={result ? t('act.check.nextTime') : t('act.check.manual')}>
        <CodeEntry pending={check.isPending} onSubmit={send} />
      </Card>
      <div className="order-actions">
        <Button block size="large" fill="none" color="primary" onClick={() => navigate(`/m/activities/${id}`)} data-testid="check-to-activity">
          {t('act.check.toActivity')}
        </Button>
      </div>
    </div>
  );
}

/** 签到成功 09:12, or 签退成功 with the hours served. */
function CheckResult({ result }: { result: CheckResultDto }) {
  const { t } = useI18n();
  const checkIn = result.action === 'checkIn';
  return (
    <div className="act-check-result act-check-ok" data-testid="check-result">
      <CheckCircleFilled className="act-check-icon" />
      <div className="act-check-title" data-testid="check-title">
        {checkIn ? t('act.check.inDone') : t('act.check.outDone')}
      </div>
      <div className="act-check-time" data-testid="check-time">
        {clockOf(result.at)}
      </div>
      <div className="act-check-detail" data-testid="check-detail">
        {checkIn ? t('act.check.inDetail') : t('act.check.outDetail', { hours: hoursText(result.hours) })}
      </div>
    </div>
  );
}
