import { FileTextOutlined } from '@ant-design/icons';
import { Button, CapsuleTabs, ErrorBlock, List, NavBar, SpinLoading } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { GRADE_LABELS, type MemberEvaluationDto } from '#contracts/evaluation.js';
import { useMyEvaluation, useMyFeedbackCard } from '../../api/evaluation-phone.js';
import { errorText } from '../../api/errorText.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { AppealSection } from './AppealSection.js';
import { plainAmount, yearOf } from './evaluationLogic.js';
import { ScoreLines } from './ScoreLines.js';
import './evaluation.css';

/** 我的年度评价 (members): this year's or last year's grade and score, how it was reached, the appeal and the 反馈卡. */
export function MyEvaluationPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { role } = useCurrentSession().account;
  if (role !== 'member') {
    return (
      <div data-testid="my-eval-page">
        <NavBar onBack={() => navigate('/m')}>{t('evalPhone.mine.title')}</NavBar>
        <ErrorBlock status="empty" title={t('evalPhone.mine.membersOnly')} description={t('evalPhone.mine.membersOnlyHint')} />
      </div>
    );
  }
  return <MemberEvaluation />;
}

/** The year the page shows: this year unless `?year=` asks for last year. */
function useChosenYear(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const thisYear = yearOf(Date.now());
  const year = params.get('year') === String(thisYear - 1) ? thisYear - 1 : thisYear;
  return [year, (next) => setParams(next === thisYear ? {} : { year: String(next) }, { replace: true })];
}

function MemberEvaluation() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const [year, setYear] = useChosenYear();
  const thisYear = yearOf(Date.now());
  const result = useMyEvaluation(year);
  // The page's moment: whether the appeal window is open is read once per visit, the server checks again.
  const [now] = useState(Date.now);

  return (
    <div data-testid="my-eval-page">
      <NavBar onBack={() => navigate('/m')}>{t('evalPhone.mine.title')}</NavBar>
      <CapsuleTabs activeKey={String(year)} onChange={(key) => setYear(Number(key))} className="ev-switch" data-testid="my-eval-years">
        <CapsuleTabs.Tab key={String(thisYear)} title={t('evalPhone.year.this', { year: thisYear })} />
        <CapsuleTabs.Tab key={String(thisYear - 1)} title={t('evalPhone.year.last', { year: thisYear - 1 })} />
      </CapsuleTabs>
      {result.isPending ? (
        <div className="phone-brand">
          <SpinLoading />
        </div>
      ) : result.isError ? (
        <ErrorBlock status="disconnected" title={t('common.loadFailed')} description={errorText(result.error, lang, t)}>
          <Button color="primary" onClick={() => void result.refetch()}>
            {t('common.retry')}
          </Button>
        </ErrorBlock>
      ) : result.data === null ? (
        <ErrorBlock
          status="empty"
          title={t('evalPhone.mine.notYet', { year })}
          description={t('evalPhone.mine.notYetHint')}
          data-testid="my-eval-empty"
          className="ev-empty"
        />
      ) : (
        <Result evaluation={result.data} now={now} />
      )}
    </div>
  );
}

function Result({ evaluation: e, now }: { evaluation: MemberEvaluationDto; now: number }) {
  const { t, label } = useI18n();
  const navigate = useNavigate();
  const { memberId } = useCurrentSession().account;
  const card = useMyFeedbackCard(e.year, memberId);
  const adjusted = e.grade !== e.computedGrade || e.adjustReason !== null;

  return (
    <div data-testid={`my-eval-${e.year}`}>
      <div className="ev-hero" data-testid="my-eval-summary">
        <div className="ev-hero-label">{t('evalPhone.mine.gradeOf', { year: e.year })}</div>
        <div className="ev-grade" data-testid="my-eval-grade">
          {label(GRADE_LABELS[e.grade])}
        </div>
        <div className="ev-score" data-testid="my-eval-score">
          {t('evalPhone.mine.score', { score: plainAmount(e.score) })}
        </div>
        <div className="ev-hero-meta">{t('evalPhone.mine.community', { name: e.community.name })}</div>
      </div>
      {adjusted && (
        <div className="ev-adjusted" data-testid="my-eval-adjusted">
          {e.grade !== e.computedGrade && <div>{t('evalPhone.mine.adjusted', { grade: label(GRADE_LABELS[e.computedGrade]) })}</div>}
          {e.adjustReason && <div>{t('evalPhone.mine.adjustReason', { reason: e.adjustReason })}</div>}
        </div>
      )}
      <ScoreLines lines={e.lines} score={e.score} testId="my-eval-lines" />
      {card.data && (
        <List mode="card">
          <List.Item
            prefix={<FileTextOutlined />}
            description={t('evalPhone.card.linkHint')}
            onClick={() => navigate(`/m/evaluation/${e.year}/card`)}
            data-testid="my-eval-card-link"
          >
            {t('evalPhone.card.link')}
          </List.Item>
        </List>
      )}
      <AppealSection evaluation={e} now={now} />
    </div>
  );
}
