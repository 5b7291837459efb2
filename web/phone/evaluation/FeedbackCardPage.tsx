import { Button, ErrorBlock, List, NavBar, SpinLoading, Tag } from 'antd-mobile';
import { useParams } from 'react-router-dom';
import { type FeedbackCardDto, GRADE_LABELS } from '#contracts/evaluation.js';
import { useMyFeedbackCard } from '../../api/evaluation-phone.js';
import { errorText } from '../../api/errorText.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/translate.js';
import { formatTime } from '../../shared/time.js';
import { useBack } from '../orders/phoneBack.js';
import { plainAmount } from './evaluationLogic.js';
import { ScoreLines } from './ScoreLines.js';
import './evaluation.css';

const SOURCE_TEXT: Record<string, MessageKey> = {
  order: 'evalPhone.source.order',
  wish: 'evalPhone.source.wish',
  activity: 'evalPhone.source.activity',
  duty: 'evalPhone.source.duty',
};

/** 年度反馈卡: the member's own card of a year, as their unit's party organisation receives it. */
export function FeedbackCardPage() {
  const { t, lang } = useI18n();
  const year = Number(useParams().year);
  const back = useBack(`/m/evaluation${Number.isInteger(year) ? `?year=${year}` : ''}`);
  const { role, memberId } = useCurrentSession().account;
  const member = role === 'member';
  const card = useMyFeedbackCard(year, memberId, member && Number.isInteger(year));

  return (
    <div data-testid="my-eval-card-page">
      <NavBar onBack={back}>{t('evalPhone.card.title')}</NavBar>
      {!member ? (
        <ErrorBlock status="empty" title={t('evalPhone.mine.membersOnly')} description={t('evalPhone.mine.membersOnlyHint')} />
      ) : card.isPending && card.fetchStatus !== 'idle' ? (
        <div className="phone-brand">
          <SpinLoading />
        </div>
      ) : card.isError ? (
        <ErrorBlock status="disconnected" title={t('common.loadFailed')} description={errorText(card.error, lang, t)}>
          <Button color="primary" onClick={() => void card.refetch()}>
            {t('common.retry')}
          </Button>
        </ErrorBlock>
      ) : !card.data ? (
        <ErrorBlock status="empty" title={t('evalPhone.card.none', { year: Number.isInteger(year) ? year : '' })} description={t('evalPhone.card.noneHint')} />
      ) : (
        <CardView card={card.data} />
      )}
    </div>
  );
}

function CardView({ card: c }: { card: FeedbackCardDto }) {
  const { t, label } = useI18n();
  return (
    <div data-testid="my-eval-card">
      <div className="ev-hero">
        <div className="ev-hero-label">{t('evalPhone.mine.gradeOf', { year: c.year })}</div>
        <div className="ev-grade" data-testid="my-eval-card-grade">
          {label(GRADE_LABELS[c.grade])}
        </div>
        <div className="ev-score">{t('evalPhone.mine.score', { score: plainAmount(c.score) })}</div>
        <div className="ev-hero-meta">{c.member.name}</div>
      </div>
      <List mode="card">
        <List.Item extra={c.member.unit || '—'}>{t('evalPhone.card.unit')}</List.Item>
        <List.Item extra={c.member.community || '—'}>{t('evalPhone.card.community')}</List.Item>
        {c.adjustReason && <List.Item description={c.adjustReason}>{t('evalPhone.card.adjustReason')}</List.Item>}
        {c.honours.length > 0 && (
          <List.Item
            extra={
              <span className="ev-target-why">
                {c.honours.map((h) => (
                  <Tag key={h} color="danger">
                    {h}
                  </Tag>
                ))}
              </span>
            }
          >
            {t('evalPhone.card.honours')}
          </List.Item>
        )}
      </List>
      <ScoreLines lines={c.lines} score={c.score} testId="my-eval-card-lines" />
      <List mode="card" header={t('evalPhone.card.services')} data-testid="my-eval-card-services">
        {c.services.length === 0 ? (
          <List.Item>{t('evalPhone.card.noServices')}</List.Item>
        ) : (
          c.services.map((s) => (
            <List.Item key={s.source} extra={t('evalPhone.card.serviceLine', { count: s.count, hours: plainAmount(s.hours) })}>
              {SOURCE_TEXT[s.source] ? t(SOURCE_TEXT[s.source] as MessageKey) : s.source}
            </List.Item>
          ))
        )}
      </List>
      <List mode="card" header={t('evalPhone.card.points')}>
        <List.Item extra={t('evalPhone.card.pointsValue', { points: c.points.earned })}>{t('evalPhone.card.earned')}</List.Item>
        <List.Item extra={t('evalPhone.card.pointsValue', { points: c.points.redeemed })}>{t('evalPhone.card.redeemed')}</List.Item>
      </List>
      <div className="ev-note" data-testid="my-eval-card-status">
        {c.lockedAt ? t('evalPhone.card.locked', { time: formatTime(c.lockedAt) }) : t('evalPhone.card.draft')}
      </div>
    </div>
  );
}
