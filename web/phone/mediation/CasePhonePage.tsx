import {
  Button,
  Card,
  DatePicker,
  ErrorBlock,
  Form,
  List,
  NavBar,
  NoticeBar,
  Popup,
  Rate,
  Selector,
  SpinLoading,
  Steps,
  Tag,
  TextArea,
  Toast,
} from 'antd-mobile';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { MEDIATION_CATEGORY_LABELS } from '#contracts/mediation.js';
import { ApiError } from '../../api/client.js';
import { errorText } from '../../api/errorText.js';
import { type MediationCase, type Outcome, useAddSession, useCase, useFollowUp, useRecordOutcome } from '../../api/mediation.js';
import { isOutcome, nextSteps, OUTCOME_TEXT, OUTCOMES, STATUS_TEXT } from '../../console/mediation/mediationText.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { useBack } from '../orders/phoneBack.js';
import './mediation.css';

type Step = 'session' | 'outcome' | 'followUp';

/** A case the member mediates: the parties, the story, the sessions; 记录调解, 调解结果 and 回访 from the phone. */
export function CasePhonePage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const item = useCase(id);
  const back = useBack('/m/mediation');
  const gone = item.isError && item.error instanceof ApiError && item.error.status === 404;

  return (
    <div data-testid="mediation-phone-case">
      <NavBar onBack={back}>{t('mediation.phone.caseTitle')}</NavBar>
      {!Number.isInteger(id) || id <= 0 || gone ? (
        <ErrorBlock status="empty" title={t('mediation.phone.notFound')} description={t('mediation.phone.notFoundHint')} />
      ) : item.isPending ? (
        <div className="phone-brand">
          <SpinLoading />
        </div>
      ) : item.isError ? (
        <ErrorBlock status="disconnected" title={t('common.loadFailed')} description={t('error.network')}>
          <Button color="primary" onClick={() => void item.refetch()}>
            {t('common.retry')}
          </Button>
        </ErrorBlock>
      ) : (
        <CaseBody item={item.data} />
      )}
    </div>
  );
}

function CaseBody({ item: c }: { item: MediationCase }) {
  const { t, label } = useI18n();
  const [step, setStep] = useState<Step | null>(null);
  const steps = nextSteps(c);
  const d = c.detail;
  const recorded = isOutcome(c.status) ? c.status : null;

  return (
    <>
      <Card
        className="md-card"
        title={
          <div className="md-head">
            <span className="phone-strong">{`${t('mediation.case.no', { id: c.id })} ${label(MEDIATION_CATEGORY_LABELS[c.category])}`}</span>
            <Tag color={c.status === 'closed' ? 'default' : 'primary'} data-testid="mediation-phone-status">
              {t(STATUS_TEXT[c.status])}
            </Tag>
          </div>
        }
      >
        {d ? (
          <div className="md-text" data-testid="mediation-phone-description">
            {d.description}
          </div>
        ) : (
          <div className="phone-hint">{t('mediation.limited.hint')}</div>
        )}
      </Card>

      <List mode="card">
        <List.Item extra={c.place.name}>{t('mediation.field.place')}</List.Item>
        <List.Item extra={formatTime(c.openedAt)}>{t('mediation.field.openedAt')}</List.Item>
        <List.Item extra={c.mediators.map((m) => m.name).join(t('common.listSeparator')) || '—'}>{t('mediation.field.mediators')}</List.Item>
      </List>

      {d && (
        <>
          <List mode="card" header={t('mediation.field.parties')} data-testid="mediation-phone-parties">
            {d.parties.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: parties and sessions are only ever appended, never reordered
              <List.Item key={`${p.name}-${i}`} description={p.role || undefined} extra={p.phone || undefined}>
                {p.name}
              </List.Item>
            ))}
          </List>

          <Card className="md-card" title={t('mediation.sessions.title')} data-testid="mediation-phone-sessions">
            {d.sessions.length === 0 ? (
              <div className="phone-hint">{t('mediation.sessions.empty')}</div>
            ) : (
              <Steps direction="vertical">
                {d.sessions.map((s, i) => (
                  <Steps.Step
                    // biome-ignore lint/suspicious/noArrayIndexKey: parties and sessions are only ever appended, never reordered
                    key={`${s.date}-${i}`}
                    status="finish"
                    title={s.date}
                    description={
                      <>
                        <div className="md-text">{s.notes}</div>
                        <div className="phone-time">{t('mediation.sessions.by', { name: s.by })}</div>
                      </>
                    }
                  />
                ))}
              </Steps>
            )}
          </Card>

          {d.outcomeDetail !== null && (
            <Card className="md-card" title={t('mediation.outcome.title')} data-testid="mediation-phone-outcome">
              {recorded && <div className="phone-strong">{t(OUTCOME_TEXT[recorded].name)}</div>}
              <div className="md-text">{d.outcomeDetail}</div>
            </Card>
          )}

          {d.followUp && (
            <Card className="md-card" title={t('mediation.followUp.title')} data-testid="mediation-phone-follow-up">
              <Rate readOnly value={d.followUp.satisfaction} aria-label={t('mediation.followUp.stars', { score: d.followUp.satisfaction })} />
              <div className="phone-time">{d.followUp.date}</div>
              <div className="md-text">{d.followUp.notes}</div>
            </Card>
          )}

          {(steps.session || steps.outcome || steps.followUp) && (
            <div className="md-actions">
              {steps.session && (
                <Button block color="primary" onClick={() => setStep('session')} data-testid="mediation-phone-add-session">
                  {t('mediation.sessions.add')}
                </Button>
              )}
              {steps.outcome && (
                <Button block color="primary" fill="outline" onClick={() => setStep('outcome')} data-testid="mediation-phone-outcome-open">
                  {recorded ? t('mediation.outcome.correct') : t('mediation.outcome.record')}
                </Button>
              )}
              {steps.followUp && (
                <Button block color="primary" fill="outline" onClick={() => setStep('followUp')} data-testid="mediation-phone-follow-up-open">
                  {t('mediation.followUp.record')}
                </Button>
              )}
            </div>
          )}
        </>
      )}

      {step && <StepPopup step={step} item={c} onClose={() => setStep(null)} />}
    </>
  );
}

type Values = { date?: Date; notes?: string; outcome?: Outcome[]; satisfaction?: number };

/** The sheet of one step: a session (date, notes), the outcome (which, the terms) or the follow-up (date, stars, notes). */
function StepPopup({ step, item, onClose }: { step: Step; item: MediationCase; onClose: () => void }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Values>();
  const session = useAddSession(item.id);
  const outcome = useRecordOutcome(item.id);
  const followUp = useFollowUp(item.id);
  const [failure, setFailure] = useState<string | null>(null);
  const pending = session.isPending || outcome.isPending || followUp.isPending;
  const chosen = (Form.useWatch('outcome', form) as Outcome[] | undefined)?.[0] ?? 'agreed';
  const title = step === 'session' ? 'mediation.sessions.add' : step === 'outcome' ? 'mediation.outcome.title' : 'mediation.followUp.title';
  const day = (date: Date | undefined) => dayjs(date ?? new Date()).format('YYYY-MM-DD');

  const done = (text: string) => ({
    onSuccess: () => {
      Toast.show({ icon: 'success', content: text });
      onClose();
    },
    onError: (error: unknown) => setFailure(errorText(error, lang, t)),
  });

  const finish = (v: Values) => {
    setFailure(null);
    const notes = (v.notes ?? '').trim();
    if (step === 'session') session.mutate({ date: day(v.date), notes }, done(t('mediation.sessions.done')));
    else if (step === 'outcome') outcome.mutate({ outcome: v.outcome?.[0] ?? 'agreed', detail: notes }, done(t('mediation.outcome.done')));
    else followUp.mutate({ date: day(v.date), notes, satisfaction: v.satisfaction ?? 0 }, done(t('mediation.followUp.done')));
  };

  const recorded = isOutcome(item.status) ? item.status : null;
  const notesLabel = step === 'outcome' ? t(OUTCOME_TEXT[chosen].detail) : step === 'session' ? t('mediation.sessions.notes') : t('mediation.followUp.notes');

  return (
    <Popup visible onMaskClick={onClose} onClose={onClose} bodyClassName="md-popup" destroyOnClose>
      <div data-testid={`mediation-popup-${step}`}>
        <div className="md-popup-title">{t(title)}</div>
        {failure && <NoticeBar data-testid="mediation-popup-error" color="error" wrap content={failure} />}
        <Form
          form={form}
          layout="vertical"
          requiredMarkStyle="none"
          initialValues={{ date: new Date(), notes: step === 'outcome' ? (item.detail?.outcomeDetail ?? '') : '', outcome: [recorded ?? 'agreed'] }}
          onFinish={finish}
          footer={
            <div className="md-actions" style={{ padding: 0 }}>
              <Button block type="submit" color="primary" size="large" loading={pending} data-testid="mediation-popup-submit">
                {t('common.save')}
              </Button>
              <Button block size="large" fill="none" onClick={onClose}>
                {t('common.cancel')}
              </Button>
            </div>
          }
        >
          {step !== 'outcome' && (
            <Form.Item
              name="date"
              label={step === 'session' ? t('mediation.sessions.date') : t('mediation.followUp.date')}
              trigger="onConfirm"
              onClick={(_, picker) => (picker as { current?: { open: () => void } | null }).current?.open()}
              rules={[{ required: true }]}
            >
              <DatePicker max={new Date()} title={t('mediation.sessions.date')}>
                {(value) => <span data-testid="mediation-popup-date">{value ? dayjs(value).format('YYYY-MM-DD') : ''}</span>}
              </DatePicker>
            </Form.Item>
          )}
          {step === 'outcome' && (
            <Form.Item name="outcome" label={t('mediation.outcome.result')} rules={[{ required: true, type: 'array', min: 1 }]}>
              <Selector
                data-testid="mediation-popup-outcome-choice"
                columns={3}
                options={OUTCOMES.map((o) => ({ value: o, label: t(OUTCOME_TEXT[o].name) }))}
              />
            </Form.Item>
          )}
          {step === 'followUp' && (
            <Form.Item
              name="satisfaction"
              label={t('mediation.followUp.satisfaction')}
              rules={[{ required: true, type: 'number', min: 1, message: t('mediation.followUp.satisfactionRequired') }]}
            >
              <Rate className="md-rate" data-testid="mediation-popup-stars" />
            </Form.Item>
          )}
          <Form.Item name="notes" label={notesLabel} rules={[{ required: true, whitespace: true, message: t('mediation.phone.textRequired') }]}>
            <TextArea data-testid="mediation-popup-text" maxLength={step === 'session' ? 2000 : 1000} showCount autoSize={{ minRows: 3, maxRows: 8 }} />
          </Form.Item>
        </Form>
      </div>
    </Popup>
  );
}
