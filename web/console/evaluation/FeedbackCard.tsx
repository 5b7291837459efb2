import { GRADE_LABELS, type FeedbackCardDto } from '#contracts/evaluation.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { ServicesTable } from './EvaluationBits.js';
import { signedAmount } from './evaluationFormat.js';

/** One member's 反馈卡 on an A4 sheet: who, the result and how it was reached, service, points, honours, signatures. */
export function FeedbackCard({ card }: { card: FeedbackCardDto }) {
  const { t, label } = useI18n();
  const sep = t('common.listSeparator');
  return (
    <div className="eval-paper print-sheet" data-testid="feedback-card" data-member={card.member.id}>
      {!card.lockedAt && <span className="eval-draft">{t('evaluation.feedback.draft')}</span>}
      <h1>{t('evaluation.feedback.cardTitle', { year: card.year })}</h1>
      <table>
        <tbody>
          <tr>
            <th style={{ width: '16%' }}>{t('evaluation.feedback.name')}</th>
            <td style={{ width: '34%' }} data-testid="feedback-card-name">
              {card.member.name}
            </td>
            <th style={{ width: '16%' }}>{t('evaluation.feedback.yearLabel')}</th>
            <td>{card.year}</td>
          </tr>
          <tr>
            <th>{t('evaluation.feedback.unit')}</th>
            <td>{card.member.unit}</td>
            <th>{t('evaluation.feedback.community')}</th>
            <td>{card.member.community}</td>
          </tr>
          <tr>
            <th>{t('evaluation.feedback.score')}</th>
            <td data-testid="feedback-card-score">{card.score}</td>
            <th>{t('evaluation.feedback.grade')}</th>
            <td className="eval-grade" data-testid="feedback-card-grade">
              {label(GRADE_LABELS[card.grade])}
            </td>
          </tr>
        </tbody>
      </table>

      <h2>{t('evaluation.lines.title')}</h2>
      <table>
        <thead>
          <tr>
            <th style={{ width: '20%' }}>{t('evaluation.lines.item')}</th>
            <th>{t('evaluation.lines.detail')}</th>
            <th style={{ width: '14%' }}>{t('evaluation.lines.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {card.lines.map((l) => (
            <tr key={l.item}>
              <td>{t(`evaluation.line.${l.item}`)}</td>
              <td>{l.detail}</td>
              <td>{signedAmount(l.amount, l.item === 'base')}</td>
            </tr>
          ))}
          <tr>
            <th colSpan={2}>{t('evaluation.lines.total')}</th>
            <th>{card.score}</th>
          </tr>
        </tbody>
      </table>

      <h2>{t('evaluation.feedback.services')}</h2>
      <ServicesTable services={card.services} none={t('evaluation.feedback.servicesNone')} testId="feedback-card-services" />

      <h2>{t('evaluation.feedback.pointsTitle')}</h2>
      <p>{t('evaluation.feedback.points', { earned: card.points.earned, redeemed: card.points.redeemed })}</p>

      <h2>{t('evaluation.feedback.honours')}</h2>
      <p>{card.honours.length ? card.honours.join(sep) : t('evaluation.feedback.noHonours')}</p>

      {card.adjustReason && (
        <>
          <h2>{t('evaluation.feedback.adjustment')}</h2>
          <p data-testid="feedback-card-adjustment">{card.adjustReason}</p>
        </>
      )}

      <div className="eval-signatures">
        <div className="eval-signature">
          <div>{t('evaluation.feedback.signUnit')}</div>
          <div className="eval-signature-line" />
          <div className="eval-signature-date">{t('evaluation.feedback.signDate')}</div>
        </div>
        <div className="eval-signature">
          <div>{t('evaluation.feedback.signCommunity')}</div>
          <div className="eval-signature-line" />
          <div className="eval-signature-date">{t('evaluation.feedback.signDate')}</div>
        </div>
      </div>
      {card.lockedAt && (
        <p className="print-muted" style={{ marginTop: 16, textAlign: 'right' }}>
          {t('evaluation.feedback.lockedAt', { at: formatTime(card.lockedAt) })}
        </p>
      )}
    </div>
  );
}
