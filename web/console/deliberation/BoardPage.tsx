import { PrinterOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Result, Spin, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { TOPIC_STATUS_LABELS } from '#contracts/deliberation.js';
import { ApiError } from '../../api/client.js';
import { type Board, useBoard } from '../../api/deliberation.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { NotFound } from '../layout/NotFound.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { beijingToday } from './deliberationLogic.js';
import '../registrations/ledger-print.css';
import './deliberation-print.css';

/** 议事公开栏: a community's (or compound's) decisions, their tasks, owners, deadlines and progress, on A4 for the board. */
export function BoardPage() {
  const { t } = useI18n();
  const { account } = useCurrentSession();
  const navigate = useNavigate();
  const { placeId: param } = useParams();
  const placeId = param ? Number(param) : account.community?.id;
  const valid = placeId === undefined || (Number.isInteger(placeId) && placeId > 0);
  const board = useBoard(valid ? placeId : undefined);

  if (!valid) return <NotFound />;
  return (
    <Flex vertical gap={16}>
      <Flex className="no-print" justify="space-between" align="center" wrap gap={8}>
        <Flex align="center" gap={12} wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('delib.board.title')}
          </Typography.Title>
          <PlacePicker
            key={placeId ?? 0}
            style={{ width: 240 }}
            placeholder={t('delib.board.pick')}
            accept={(hit) => hit.kind === 'community' || hit.kind === 'compound'}
            value={placeId}
            initialLabel={board.data?.place.id === placeId ? board.data?.place.name : undefined}
            onChange={(id) => id !== undefined && navigate(`/deliberation/board/${id}`)}
          />
        </Flex>
        <Button type="primary" icon={<PrinterOutlined />} disabled={!board.data} onClick={() => window.print()} data-testid="board-print">
          {t('delib.board.print')}
        </Button>
      </Flex>
      {placeId === undefined ? (
        <Empty description={t('delib.board.pickHint')} data-testid="board-pick" />
      ) : board.isPending ? (
        <Spin />
      ) : board.isError ? (
        board.error instanceof ApiError && board.error.status === 404 ? (
          <NotFound />
        ) : (
          <Result status="warning" title={t('common.loadFailed')} extra={<Button onClick={() => void board.refetch()}>{t('common.retry')}</Button>} />
        )
      ) : (
        <BoardSheet board={board.data} />
      )}
    </Flex>
  );
}

function BoardSheet({ board: b }: { board: Board }) {
  const { t, label } = useI18n();
  return (
    <div className="print-sheet delib-paper delib-board" data-testid="board-sheet">
      <h1>{t('delib.board.sheetTitle', { place: b.place.name })}</h1>
      <p className="print-muted">{t('delib.board.intro')}</p>
      {b.items.length === 0 ? (
        <p className="print-muted" data-testid="board-sheet-empty">
          {t('delib.board.empty')}
        </p>
      ) : (
        b.items.map((item, i) => (
          <div key={item.topic.id} className="delib-minutes-item" data-testid={`board-sheet-topic-${item.topic.id}`}>
            <h3>
              {i + 1}. {item.topic.title}（{label(TOPIC_STATUS_LABELS[item.topic.status])}）
            </h3>
            <p className="delib-pre">
              <b>{t('delib.board.decision', { day: item.decidedOn })}</b>
              {item.decision}
            </p>
            {item.tasks.length > 0 && (
              <table>
                <thead>
                  <tr>
                    <th>{t('delib.col.task')}</th>
                    <th style={{ width: '20%' }}>{t('delib.col.owner')}</th>
                    <th style={{ width: '16%' }}>{t('delib.col.deadline')}</th>
                    <th style={{ width: '22%' }}>{t('delib.col.progress')}</th>
                  </tr>
                </thead>
                <tbody>
                  {item.tasks.map((task, j) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the board's tasks have no ids and keep their order
                    <tr key={j} data-testid={`board-sheet-task-${item.topic.id}-${j}`}>
                      <td>{task.title}</td>
                      <td>{task.owner}</td>
                      <td>{task.deadline}</td>
                      <td>
                        <span data-testid={`board-sheet-progress-${item.topic.id}-${j}`}>{`${task.progress}%`}</span>
                        {task.status === 'done' && `（${t('delib.task.done')}）`}
                        <div className={task.status === 'done' ? 'delib-bar done' : 'delib-bar'}>
                          <span style={{ width: `${task.progress}%` }} />
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        ))
      )}
      <div className="delib-publisher">
        <div>{t('delib.board.publisher', { place: b.place.name })}</div>
        <div>{beijingToday()}</div>
      </div>
    </div>
  );
}
