import { Button, Card, ErrorBlock, NavBar, NoticeBar, SpinLoading, TextArea, Toast } from 'antd-mobile';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.js';
import { type Answer, type MyCall, PHONE_REFRESH_MS, useAnswerCall, useMyCalls } from '../../api/emergency.js';
import { errorText } from '../../api/errorText.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { ANSWER_ORDER, ANSWER_TEXT } from '../../console/emergency/emergencyFigures.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { useBack } from '../orders/phoneBack.js';
import './emergency.css';

/**
 * 应急召集: why, where, and three big answers (马上到 / 稍后到 / 无法到) with an optional note; the current
 * answer and any task given. Once the emergency is over the answer is refused and the page says so.
 */
export function EmergencyCallPage() {
  const { t } = useI18n();
  const { account } = useCurrentSession();
  const id = Number(useParams().id);
  const back = useBack('/m');
  const member = account.role === 'member';
  const calls = useMyCalls(member, PHONE_REFRESH_MS);
  // The call as last seen: it stays on the page after the emergency ends, until an answer is refused.
  const [call, setCall] = useState<MyCall | null>(null);
  const found = calls.data?.find((c) => c.id === id);
  useEffect(() => {
    if (found) setCall(found);
  }, [found]);

  return (
    <div data-testid="emergency-call-page">
      <NavBar onBack={back}>{t('emergency.phone.title')}</NavBar>
      {!member ? (
        <ErrorBlock status="empty" title={t('emergency.phone.membersOnly')} description={t('emergency.phone.membersOnlyHint')} />
      ) : call ? (
        <CallBody call={call} onAnswered={setCall} />
      ) : calls.isPending ? (
        <div className="phone-brand">
          <SpinLoading />
        </div>
      ) : calls.isError ? (
        <ErrorBlock status="disconnected" title={t('common.loadFailed')} description={t('error.network')}>
          <Button color="primary" onClick={() => void calls.refetch()}>
            {t('common.retry')}
          </Button>
        </ErrorBlock>
      ) : (
        <ErrorBlock status="empty" title={t('emergency.phone.none')} description={t('emergency.phone.noneHint')} data-testid="emergency-call-none" />
      )}
    </div>
  );
}

function CallBody({ call, onAnswered }: { call: MyCall; onAnswered: (call: MyCall) => void }) {
  const { t, lang } = useI18n();
  const answer = useAnswerCall(call.id);
  const [note, setNote] = useState('');
  const [closed, setClosed] = useState<string | null>(null);
  const [asked, setAsked] = useState<Answer | null>(null);

  const send = (choice: Answer) => {
    setAsked(choice);
    answer.mutate(
      { answer: choice, note: note.trim() },
      {
        onSuccess: (calls) => {
          const saved = calls.find((c) => c.id === call.id);
          if (saved) onAnswered(saved);
          Toast.show({ icon: 'success', content: t('emergency.phone.sent', { answer: t(ANSWER_TEXT[choice]) }) });
        },
        onError: (error) => {
          const text = errorText(error, lang, t);
          if (error instanceof ApiError && error.code === 'emergency.closed') setClosed(text);
          else Toast.show({ icon: 'fail', content: text });
        },
      },
    );
  };

  return (
    <>
      {closed && <NoticeBar data-testid="emergency-call-closed" color="error" wrap content={closed} />}
      <Card className="em-card">
        <div className="em-reason" data-testid="emergency-call-reason">
          {call.reason}
        </div>
        <div className="em-meta" data-testid="emergency-call-places">
          {t('emergency.phone.places', { places: call.places.join(t('common.listSeparator')) })}
        </div>
        <div className="em-meta">{t('emergency.phone.startedAt', { time: formatTime(call.startedAt) })}</div>
        <div className="em-current" data-testid="emergency-call-answer">
          {call.answer ? t('emergency.phone.answered', { answer: t(ANSWER_TEXT[call.answer]) }) : t('emergency.phone.pleaseAnswer')}
        </div>
        {call.task && (
          <div className="em-task" data-testid="emergency-call-task">
            {t('emergency.phone.task', { task: call.task })}
          </div>
        )}
      </Card>
      {!closed && (
        <>
          <Card className="em-card">
            <TextArea
              data-testid="emergency-call-note"
              value={note}
              onChange={setNote}
              placeholder={t('emergency.phone.notePlaceholder')}
              maxLength={200}
              showCount
              autoSize={{ minRows: 2, maxRows: 4 }}
            />
          </Card>
          <div className="em-answers">
            {ANSWER_ORDER.map((a) => (
              <Button
                key={a}
                block
                size="large"
                className={`em-answer-${a}${call.answer === a ? ' em-answer-chosen' : ''}`}
                loading={answer.isPending && asked === a}
                disabled={answer.isPending}
                onClick={() => send(a)}
                data-testid={`emergency-call-${a}`}
                aria-pressed={call.answer === a}
              >
                {t(ANSWER_TEXT[a])}
              </Button>
            ))}
          </div>
        </>
      )}
    </>
  );
}
