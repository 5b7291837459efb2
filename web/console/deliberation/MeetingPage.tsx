import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Empty, Flex, List, Result, Spin, Tag, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.js';
import { type Meeting, useMeeting, useMeetingTasks } from '../../api/deliberation.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { can } from '../capabilities.js';
import { NotFound } from '../layout/NotFound.js';
import { MeetingKindTag, MeetingStageTag } from './DeliberationBits.js';
import { beijingToday, meetingStage } from './deliberationLogic.js';
import { MinutesSheet } from './MinutesSheet.js';
import { ORIGIN_KEYS, RecordForm } from './RecordForm.js';
import '../registrations/ledger-print.css';
import './deliberation-print.css';

/** A meeting: its agenda; on or after its day the 会议记录 form; once recorded, the printable 会议纪要. */
export function MeetingPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const meeting = useMeeting(id);

  if (!Number.isInteger(id) || id <= 0) return <NotFound />;
  if (meeting.isPending) return <Spin />;
  if (meeting.isError) {
    if (meeting.error instanceof ApiError && meeting.error.status === 404) return <NotFound />;
    return <Result status="warning" title={t('common.loadFailed')} extra={<Button onClick={() => void meeting.refetch()}>{t('common.retry')}</Button>} />;
  }
  return (
    <Flex vertical gap={16}>
      <Flex className="no-print" align="center" gap={8}>
        <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/deliberation?tab=meetings')} aria-label={t('delib.meeting.back')} />
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="meeting-title">
          {meeting.data.title}
        </Typography.Title>
      </Flex>
      <MeetingBody meeting={meeting.data} />
    </Flex>
  );
}

function MeetingBody({ meeting: m }: { meeting: Meeting }) {
  const { t } = useI18n();
  const { account } = useCurrentSession();
  const navigate = useNavigate();
  const stage = meetingStage(m, beijingToday());
  const manage = can.manageDeliberation(account.role);
  const tasks = useMeetingTasks(m.id, m.place.id, stage === 'held');
  // Members living in the community are offered first when recording.
  const communityId = account.community?.id ?? (m.kind === 'deliberation' ? m.place.id : undefined);

  return (
    <>
      <Card size="small" className="no-print">
        <Descriptions column={{ xs: 1, md: 4 }} size="small">
          <Descriptions.Item label={t('delib.col.kind')}>
            <MeetingKindTag kind={m.kind} />
          </Descriptions.Item>
          <Descriptions.Item label={t('delib.col.heldOn')}>
            <span data-testid="meeting-held-on">{m.heldOn}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('delib.col.place')}>{m.place.name}</Descriptions.Item>
          <Descriptions.Item label={t('delib.col.stage')}>
            <MeetingStageTag stage={stage} testId="meeting-stage" />
          </Descriptions.Item>
        </Descriptions>
      </Card>

      {stage !== 'held' && (
        <Card size="small" className="no-print" title={t('delib.meeting.agenda')} data-testid="meeting-agenda">
          {m.items.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('delib.meeting.noAgenda')} />
          ) : (
            <List
              size="small"
              dataSource={m.items}
              renderItem={(item, i) => (
                <List.Item data-testid={`agenda-item-${i}`}>
                  <Flex gap={8} wrap align="center">
                    <span>{t('delib.record.itemTitle', { n: i + 1, text: item.text })}</span>
                    {item.origin && <Tag color="volcano">{t(ORIGIN_KEYS[item.origin] ?? 'delib.origin.routine')}</Tag>}
                  </Flex>
                </List.Item>
              )}
            />
          )}
        </Card>
      )}

      {stage === 'planned' && (
        <Alert className="no-print" type="info" showIcon title={t('delib.meeting.notYet', { day: m.heldOn })} data-testid="meeting-not-yet" />
      )}
      {stage === 'due' &&
        (manage ? (
          <div className="no-print">
            <Typography.Title level={4}>{t('delib.record.title')}</Typography.Title>
            <RecordForm meeting={m} communityId={communityId} />
          </div>
        ) : (
          <Alert className="no-print" type="info" showIcon title={t('delib.meeting.waitingRecord')} />
        ))}
      {stage === 'held' && (
        <>
          <Flex className="no-print" justify="flex-end" gap={8}>
            {m.kind === 'deliberation' && can.readDeliberationBoard(account.role) && (
              <Button onClick={() => navigate(`/deliberation/board/${account.community?.id ?? m.place.id}`)} data-testid="meeting-board">
                {t('delib.board.title')}
              </Button>
            )}
            <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} disabled={tasks.isPending} data-testid="minutes-print">
              {t('delib.minutes.print')}
            </Button>
          </Flex>
          {tasks.isPending ? <Spin /> : <MinutesSheet meeting={m} tasks={tasks.data ?? []} />}
        </>
      )}
    </>
  );
}
