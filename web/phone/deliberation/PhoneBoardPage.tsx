import { Button, Card, ErrorBlock, NavBar, ProgressBar, SpinLoading, Tag } from 'antd-mobile';
import { useParams } from 'react-router-dom';
import { type Board, useBoard } from '../../api/deliberation.js';
import { errorText } from '../../api/errorText.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { useBack } from '../orders/phoneBack.js';
import { TopicStatusTag } from './TopicStatusTag.js';
import './deliberation.css';

/** 公开栏: what a community decided, who does it by when, how far it is. `/m/board/:placeId` from a QR code, or `/m/board` for my community. */
export function PhoneBoardPage() {
  const { t, lang } = useI18n();
  const { account } = useCurrentSession();
  const back = useBack('/m');
  const param = Number(useParams().placeId);
  const placeId = Number.isInteger(param) && param > 0 ? param : account.community?.id;
  const board = useBoard(placeId);

  return (
    <div data-testid="delib-board-page">
      <NavBar onBack={back}>{t('delib.board.title')}</NavBar>
      {placeId === undefined ? (
        <ErrorBlock status="empty" title={t('delib.topic.noCommunity')} description={t('delib.topic.noCommunityHint')} data-testid="delib-board-no-place" />
      ) : board.isPending ? (
        <div className="phone-brand">
          <SpinLoading />
        </div>
      ) : board.isError ? (
        <ErrorBlock status="disconnected" title={t('common.loadFailed')} description={errorText(board.error, lang, t)}>
          <Button color="primary" onClick={() => void board.refetch()}>
            {t('common.retry')}
          </Button>
        </ErrorBlock>
      ) : (
        <BoardView board={board.data} />
      )}
    </div>
  );
}

function BoardView({ board: b }: { board: Board }) {
  const { t } = useI18n();
  return (
    <div data-testid="delib-board">
      <div className="delib-board-head">
        <div className="delib-board-place" data-testid="delib-board-place" data-place-id={b.place.id}>
          {b.place.name}
        </div>
        <div className="delib-meta">{t('delib.board.intro')}</div>
      </div>
      {b.items.length === 0 ? (
        <ErrorBlock status="empty" title={t('delib.board.empty')} description={t('delib.board.emptyHint')} data-testid="delib-board-empty" />
      ) : (
        b.items.map((item) => (
          <Card
            key={item.topic.id}
            className="delib-card"
            data-testid={`board-topic-${item.topic.id}`}
            title={
              <div className="delib-head">
                <span className="phone-strong">{item.topic.title}</span>
                <TopicStatusTag status={item.topic.status} />
              </div>
            }
          >
            <div className="delib-decision">
              <div className="delib-label">{t('delib.topic.decidedOn', { day: item.decidedOn })}</div>
              {item.decision}
            </div>
            {item.tasks.length === 0 ? (
              <div className="delib-meta">{t('delib.board.noTasks')}</div>
            ) : (
              item.tasks.map((task, i) => (
                <div
                  // biome-ignore lint/suspicious/noArrayIndexKey: the board lists tasks in a stable order and has no ids for them
                  key={i}
                  className="delib-board-task"
                  data-testid={`board-task-${item.topic.id}-${i}`}
                >
                  <div className="delib-head">
                    <span className="delib-task-title">{task.title}</span>
                    {task.status === 'done' && (
                      <Tag color="success" fill="outline">
                        {t('delib.task.done')}
                      </Tag>
                    )}
                  </div>
                  <div className="delib-meta">{t('delib.board.taskLine', { owner: task.owner, deadline: task.deadline })}</div>
                  <ProgressBar
                    percent={task.progress}
                    text={<span data-testid={`board-task-progress-${item.topic.id}-${i}`}>{`${task.progress}%`}</span>}
                    style={task.status === 'done' ? { '--fill-color': 'var(--adm-color-success)' } : undefined}
                  />
                </div>
              ))
            )}
          </Card>
        ))
      )}
    </div>
  );
}
