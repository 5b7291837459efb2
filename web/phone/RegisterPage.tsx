import { Button, Card, Form, Input, List, NoticeBar, Radio, Result, SearchBar, Selector, Steps, TextArea } from 'antd-mobile';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { TALENT_CLASSES, TALENT_LABELS, type TalentClass } from '#contracts/labels.js';
import type { CommunityCardDto, IdentifyInput, TicketDto } from '#contracts/registration.js';
import { ApiError } from '../api/client.js';
import { errorText } from '../api/errorText.js';
import { useCommunityCard, useIdentify, useSubmitMemberRegistration, useTicketHouseholds } from '../api/registration.js';
import { useI18n } from '../i18n/I18nProvider.js';
import type { MessageKey } from '../i18n/zh-CN.js';
import { useDebounced } from '../shared/useDebounced.js';
import { ApplyStep } from './ApplyStep.js';
import { PhoneLangSwitch } from './PhoneLangSwitch.js';

const FREE_TIMES = ['weekdayEvenings', 'weekends', 'holidays', 'anytime'] as const;
type FreeTime = (typeof FREE_TIMES)[number];

type Typed = { name?: string; phone?: string };

/** 个人报到 from the community's QR poster: public, no login. Someone not on the roster applies instead (申请报到). */
export function RegisterPage() {
  const { t, lang } = useI18n();
  const communityId = Number(useParams().communityId);
  const card = useCommunityCard(communityId);
  const [ticket, setTicket] = useState<TicketDto | null>(null);
  // Set while applying: what was typed for the identity check, carried into the application form.
  const [applying, setApplying] = useState<Typed | null>(null);
  const [done, setDone] = useState(false);
  const step = done ? 2 : ticket ? 1 : 0;

  return (
    <div data-testid="register-page">
      <div className="phone-top">
        <PhoneLangSwitch />
      </div>
      <div className="phone-brand">
        <h1>{t('reg.phone.title')}</h1>
      </div>
      {card.isError ? (
        <NoticeBar
          data-testid="register-error"
          color="error"
          wrap
          content={card.error instanceof ApiError ? errorText(card.error, lang, t) : t('reg.phone.badCommunity')}
        />
      ) : (
        card.data && (
          <>
            <CommunityCard community={card.data} />
            <Steps current={step}>
              <Steps.Step title={applying ? t('self.apply.title') : t('reg.phone.step1')} />
              <Steps.Step title={t('reg.phone.step2')} />
              <Steps.Step title={t('reg.phone.step3')} />
            </Steps>
            {step === 0 &&
              (applying ? (
                <ApplyStep communityId={card.data.id} initial={applying} onTicket={setTicket} onBack={() => setApplying(null)} />
              ) : (
                <IdentifyStep communityId={card.data.id} onTicket={setTicket} onApply={setApplying} />
              ))}
            {step === 1 && ticket && <DetailsStep ticket={ticket} onDone={() => setDone(true)} />}
            {step === 2 && (
              <div data-testid="register-done">
                {applying ? (
                  <Result status="waiting" title={t('self.apply.done')} description={t('self.apply.doneHint')} />
                ) : (
                  <Result status="success" title={t('reg.phone.done')} description={t('reg.phone.doneHint')} />
                )}
              </div>
            )}
          </>
        )
      )}
    </div>
  );
}

function CommunityCard({ community }: { community: CommunityCardDto }) {
  return (
    <div style={{ padding: '0 12px 12px' }}>
      <Card data-testid="register-community" title={community.name}>
        {community.county} · {community.street}
      </Card>
    </div>
  );
}

type IdentifyProps = { communityId: number; onTicket: (ticket: TicketDto) => void; onApply: (typed: Typed) => void };

function IdentifyStep({ communityId, onTicket, onApply }: IdentifyProps) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Omit<IdentifyInput, 'communityId'>>();
  const identify = useIdentify();
  const [failure, setFailure] = useState<string | null>(null);
  const [notOnRoster, setNotOnRoster] = useState(false);
  const apply = () => {
    const { name, phone } = form.getFieldsValue();
    onApply({ name: name?.trim() || undefined, phone: phone?.trim() || undefined });
  };

  const submit = (values: Omit<IdentifyInput, 'communityId'>) => {
    setFailure(null);
    setNotOnRoster(false);
    identify.mutate(
      { communityId, name: values.name.trim(), phone: values.phone.trim(), idLast6: values.idLast6.trim().toUpperCase() },
      {
        onSuccess: onTicket,
        onError: (error) => {
          const text = errorText(error, lang, t);
          if (error instanceof ApiError && error.field && ['name', 'phone', 'idLast6'].includes(error.field)) {
            form.setFields([{ name: error.field, errors: [text] }]);
            return;
          }
          setFailure(text);
          setNotOnRoster(error instanceof ApiError && error.code === 'registration.identityMismatch');
        },
      },
    );
  };

  return (
    <>
      {failure && <NoticeBar data-testid="register-error" color="error" wrap content={failure} />}
      {notOnRoster && (
        <div className="phone-offer" data-testid="register-apply-offer">
          <p>{t('self.apply.offer')}</p>
          <Button block color="primary" fill="outline" size="large" onClick={apply} data-testid="register-apply-start">
            {t('self.apply.start')}
          </Button>
        </div>
      )}
      <Form
        form={form}
        layout="vertical"
        mode="card"
        requiredMarkStyle="none"
        onFinish={submit}
        footer={
          <Button block type="submit" color="primary" size="large" loading={identify.isPending} data-testid="register-identify">
            {t('reg.phone.identify')}
          </Button>
        }
      >
        <Form.Item name="name" label={t('reg.phone.name')} rules={[{ required: true, whitespace: true, max: 20 }]}>
          <Input data-testid="register-name" autoComplete="name" placeholder={t('reg.phone.name')} clearable />
        </Form.Item>
        <Form.Item name="phone" label={t('reg.phone.phone')} rules={[{ required: true, pattern: /^\s*1[3-9]\d{9}\s*$/, message: t('reg.phone.phoneInvalid') }]}>
          <Input data-testid="register-phone" type="tel" autoComplete="tel" maxLength={11} placeholder={t('reg.phone.phone')} clearable />
        </Form.Item>
        <Form.Item name="idLast6" label={t('reg.phone.id6')} rules={[{ required: true, pattern: /^\s*\d{5}[\dXx]\s*$/, message: t('reg.phone.id6Invalid') }]}>
          <Input data-testid="register-id6" maxLength={6} placeholder={t('reg.phone.id6')} clearable />
        </Form.Item>
      </Form>
      <Button block fill="none" size="large" className="phone-link" onClick={apply} data-testid="register-apply-link">
        {t('self.apply.link')}
      </Button>
    </>
  );
}

type Details = { talents: TalentClass[]; intentions?: string; resources?: string; free: FreeTime[]; freeNote?: string };

function DetailsStep({ ticket, onDone }: { ticket: TicketDto; onDone: () => void }) {
  const { t, lang, label } = useI18n();
  const [form] = Form.useForm<Details>();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim());
  const households = useTicketHouseholds(ticket.ticket, q);
  const [householdId, setHouseholdId] = useState<number | null>(null);
  const [householdError, setHouseholdError] = useState(false);
  const submit = useSubmitMemberRegistration();
  const [failure, setFailure] = useState<string | null>(null);

  const finish = (values: Details) => {
    setFailure(null);
    if (householdId === null) {
      setHouseholdError(true);
      return;
    }
    const freeTime = [...(values.free ?? []).map((f) => t(`reg.phone.free.${f}` as MessageKey)), values.freeNote?.trim()]
      .filter(Boolean)
      .join(t('common.listSeparator'))
      .slice(0, 100);
    submit.mutate(
      {
        ticket: ticket.ticket,
        householdId,
        talents: values.talents ?? [],
        intentions: values.intentions?.trim() ?? '',
        resources: values.resources?.trim() ?? '',
        freeTime,
      },
      { onSuccess: onDone, onError: (error) => setFailure(errorText(error, lang, t)) },
    );
  };

  return (
    <>
      {failure && <NoticeBar data-testid="register-error" color="error" wrap content={failure} />}
      <div style={{ padding: '12px 12px 0' }}>{t('reg.phone.hello', { name: ticket.name })}</div>
      <List header={t('reg.phone.household')} mode="card">
        <List.Item>
          <SearchBar data-testid="register-household-search" placeholder={t('reg.phone.householdSearch')} value={typed} onChange={setTyped} />
        </List.Item>
        <Radio.Group
          value={householdId ?? undefined}
          onChange={(v) => {
            setHouseholdId(Number(v));
            setHouseholdError(false);
          }}
        >
          {(households.data ?? []).map((h) => (
            <List.Item key={h.id} data-testid={`register-household-${h.id}`} onClick={() => setHouseholdId(h.id)} arrow={false}>
              <Radio value={h.id}>{h.address}</Radio>
            </List.Item>
          ))}
        </Radio.Group>
        {households.data?.length === 0 && <List.Item>{t('reg.phone.noHousehold')}</List.Item>}
      </List>
      {householdError && <NoticeBar color="alert" wrap content={t('reg.phone.householdRequired')} />}
      <Form
        form={form}
        layout="vertical"
        mode="card"
        initialValues={{ talents: [], free: [] }}
        onFinish={finish}
        footer={
          <Button block type="submit" color="primary" size="large" loading={submit.isPending} data-testid="register-submit">
            {t('reg.phone.submit')}
          </Button>
        }
      >
        <Form.Item name="talents" label={t('reg.phone.talents')}>
          <Selector multiple columns={4} options={TALENT_CLASSES.map((c) => ({ value: c, label: label(TALENT_LABELS[c]) }))} />
        </Form.Item>
        <Form.Item name="intentions" label={t('reg.phone.intentions')}>
          <TextArea data-testid="register-intentions" maxLength={200} autoSize={{ minRows: 2 }} placeholder={t('reg.phone.intentions')} />
        </Form.Item>
        <Form.Item name="resources" label={t('reg.phone.resources')}>
          <TextArea data-testid="register-resources" maxLength={200} autoSize={{ minRows: 2 }} placeholder={t('reg.phone.resources')} />
        </Form.Item>
        <Form.Item name="free" label={t('reg.phone.freeTime')}>
          <Selector multiple columns={2} options={FREE_TIMES.map((f) => ({ value: f, label: t(`reg.phone.free.${f}`) }))} />
        </Form.Item>
        <Form.Item name="freeNote" label={t('reg.phone.freeTimeNote')}>
          <Input data-testid="register-free-note" maxLength={50} placeholder={t('reg.phone.freeTimeNote')} clearable />
        </Form.Item>
      </Form>
    </>
  );
}
