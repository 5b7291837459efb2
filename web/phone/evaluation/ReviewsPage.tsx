import { Button, Card, ErrorBlock, NavBar, NoticeBar, Rate, SpinLoading, Tag, TextArea, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { type ReviewTarget, useReview, useReviewTargets } from '../../api/evaluation-phone.js';
import { errorText } from '../../api/errorText.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/translate.js';
import { reviewChanged } from './evaluationLogic.js';
import './evaluation.css';

const WHY_TEXT: Record<ReviewTarget['why'][number], MessageKey> = {
  served: 'evalPhone.review.why.served',
  paired: 'evalPhone.review.why.paired',
  unitPaired: 'evalPhone.review.why.unitPaired',
};
const KIND_TEXT: Record<ReviewTarget['kind'], MessageKey> = { member: 'evalPhone.review.kind.member', unit: 'evalPhone.review.kind.unit' };

/** 群众评议 (residents): the members and units they may rate this year, each with why, their stars and comment. */
export function ReviewsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { role } = useCurrentSession().account;
  return (
    <div data-testid="reviews-page">
      <NavBar onBack={() => navigate('/m')}>{t('evalPhone.review.title')}</NavBar>
      {role === 'resident' ? (
        <Targets />
      ) : (
        <ErrorBlock status="empty" title={t('evalPhone.review.residentsOnly')} description={t('evalPhone.review.residentsOnlyHint')} />
      )}
    </div>
  );
}

function Targets() {
  const { t, lang } = useI18n();
  const targets = useReviewTargets();
  if (targets.isPending) {
    return (
      <div className="phone-brand">
        <SpinLoading />
      </div>
    );
  }
  if (targets.isError) {
    return (
      <ErrorBlock status="disconnected" title={t('common.loadFailed')} description={errorText(targets.error, lang, t)}>
        <Button color="primary" onClick={() => void targets.refetch()}>
          {t('common.retry')}
        </Button>
      </ErrorBlock>
    );
  }
  if (targets.data.length === 0) {
    return (
      <ErrorBlock
        status="empty"
        title={t('evalPhone.review.empty')}
        description={t('evalPhone.review.emptyHint')}
        data-testid="reviews-empty"
        className="ev-empty"
      />
    );
  }
  return (
    <div data-testid="reviews-list">
      <div className="phone-hint">{t('evalPhone.review.intro')}</div>
      {targets.data.map((target) => (
        <TargetCard key={`${target.kind}-${target.id}`} target={target} />
      ))}
    </div>
  );
}

function TargetCard({ target }: { target: ReviewTarget }) {
  const { t, lang } = useI18n();
  const review = useReview();
  const [score, setScore] = useState(target.review?.score ?? 0);
  const [comment, setComment] = useState(target.review?.comment ?? '');
  const [failure, setFailure] = useState<string | null>(null);
  const testId = `review-${target.kind}-${target.id}`;

  const submit = () => {
    setFailure(null);
    if (score < 1) {
      setFailure(t('evalPhone.review.pickStars'));
      return;
    }
    review.mutate(
      { targetKind: target.kind, targetId: target.id, score, comment: comment.trim() },
      {
        onSuccess: () => Toast.show({ icon: 'success', content: t('evalPhone.review.sent') }),
        onError: (error) => setFailure(errorText(error, lang, t)),
      },
    );
  };

  return (
    <Card className="ev-card" data-testid={testId}>
      <div className="ev-card-body">
        <div className="ev-target-head">
          <span className="ev-target-name" data-testid={`${testId}-name`}>
            {target.name}
          </span>
          <Tag color="primary" fill="outline">
            {t(KIND_TEXT[target.kind])}
          </Tag>
        </div>
        <div className="ev-target-why" data-testid={`${testId}-why`}>
          {target.why.map((why) => (
            <Tag key={why} color="default" fill="outline">
              {t(WHY_TEXT[why])}
            </Tag>
          ))}
        </div>
        <div className="ev-given" data-testid={`${testId}-given`}>
          {target.review ? t('evalPhone.review.given', { score: target.review.score }) : t('evalPhone.review.notYet')}
          {target.review?.comment && <div>{t('evalPhone.review.givenComment', { comment: target.review.comment })}</div>}
        </div>
        <Rate
          className="ev-rate"
          value={score}
          onChange={setScore}
          allowClear={false}
          aria-label={t('evalPhone.review.score')}
          data-testid={`${testId}-rate`}
        />
        <TextArea
          value={comment}
          onChange={setComment}
          placeholder={t('evalPhone.review.commentPlaceholder')}
          maxLength={300}
          showCount
          autoSize={{ minRows: 2, maxRows: 6 }}
          aria-label={t('evalPhone.review.comment')}
          data-testid={`${testId}-comment`}
        />
        {failure && <NoticeBar color="error" wrap content={failure} data-testid={`${testId}-error`} />}
        <Button
          block
          color="primary"
          fill={target.review ? 'outline' : 'solid'}
          loading={review.isPending}
          disabled={!reviewChanged(target.review, score, comment)}
          onClick={submit}
          data-testid={`${testId}-submit`}
        >
          {target.review ? t('evalPhone.review.update') : t('evalPhone.review.submit')}
        </Button>
      </div>
    </Card>
  );
}
