import { Card, ProgressBar } from 'antd-mobile';
import type { Topic } from '../../api/deliberation.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { percentDone } from './topicLogic.js';
import { TopicStatusTag } from './TopicStatusTag.js';

/** One of my topics: where, when, how far it got — the meeting, the decision and its tasks, or why it was not taken up. */
export function TopicCard({ topic: tp }: { topic: Topic }) {
  const { t } = useI18n();
  const id = tp.id;
  return (
    <Card
      className="delib-card"
      data-testid={`topic-card-${id}`}
      title={
        <div className="delib-head">
          <span className="phone-strong" data-testid={`topic-title-${id}`}>
            {tp.title}
          </span>
          <TopicStatusTag status={tp.status} testId={`topic-status-${id}`} />
        </div>
      }
    >
      {tp.description && <div className="delib-text">{tp.description}</div>}
      <div className="delib-meta">
        {tp.place.name} · {formatTime(tp.createdAt)}
      </div>
      {tp.status === 'selected' && tp.meeting && (
        <div className="delib-note" data-testid={`topic-meeting-${id}`}>
          {t('delib.topic.onAgenda', { day: tp.meeting.heldOn })}
        </div>
      )}
      {tp.decision && (
        <div className="delib-decision" data-testid={`topic-decision-${id}`}>
          <div className="delib-label">{tp.meeting ? t('delib.topic.decidedOn', { day: tp.meeting.heldOn }) : t('delib.topic.decision')}</div>
          {tp.decision}
        </div>
      )}
      {tp.tasks.total > 0 && (
        <div className="delib-progress" data-testid={`topic-tasks-${id}`}>
          <div className="delib-label">{t('delib.topic.tasks', { done: tp.tasks.done, total: tp.tasks.total })}</div>
          <ProgressBar percent={percentDone(tp.tasks.done, tp.tasks.total)} />
        </div>
      )}
      {tp.status === 'declined' && (
        <div className="delib-declined" data-testid={`topic-declined-${id}`}>
          {t('delib.topic.declineReason', { reason: tp.declineReason ?? '' })}
        </div>
      )}
    </Card>
  );
}
