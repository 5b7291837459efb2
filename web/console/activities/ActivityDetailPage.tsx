import { ArrowLeftOutlined, DesktopOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Result, Space, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { ActivityDto } from '#contracts/activities.js';
import { useActivity } from '../../api/activities.js';
import { ApiError } from '../../api/client.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { can } from '../capabilities.js';
import { NotFound } from '../layout/NotFound.js';
import { PageSpin } from '../layout/PageSpin.js';
import { AttendeesCard } from './AttendeesCard.js';
import { PhaseTag } from './PhaseTag.js';
import { checkStillOpen, timeRange } from './activityTime.js';

/** One activity: its facts; for organisers the sign-ups with check-in, check-out and hours, and the 签到大屏. */
export function ActivityDetailPage() {
  const { t } = useI18n();
  const { role } = useCurrentSession().account;
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const activity = useActivity(id);
  const organiser = can.organiseActivities(role);

  if (!Number.isInteger(id) || id <= 0) return <NotFound />;
  if (activity.isPending) return <PageSpin />;
  if (activity.isError) {
    if (activity.error instanceof ApiError && activity.error.status === 404) return <NotFound />;
    return <Result status="warning" title={t('common.loadFailed')} extra={<Button onClick={() => void activity.refetch()}>{t('common.retry')}</Button>} />;
  }
  const a = activity.data;
  // The screen is needed until check-out closes, an hour after the end.
  const screenUseful = checkStillOpen(a.endsAt);

  return (
    <Flex vertical gap={16} data-testid="activity-detail">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space align="center" wrap>
          <Link to="/activities">
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('act.back')} />
          </Link>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="activity-title">
            {a.title}
          </Typography.Title>
          <PhaseTag activity={a} testId="activity-phase" />
        </Space>
        {organiser && screenUseful && (
          <Button type="primary" icon={<DesktopOutlined />} onClick={() => navigate(`/activities/${a.id}/screen`)} data-testid="activity-open-screen">
            {t('act.screen')}
          </Button>
        )}
      </Flex>
      <ActivityFacts activity={a} />
      {organiser && <AttendeesCard activity={a} />}
    </Flex>
  );
}

function ActivityFacts({ activity: a }: { activity: ActivityDto }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('act.facts')}>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} data-testid="activity-facts">
        <Descriptions.Item label={t('act.field.time')}>{timeRange(a.startsAt, a.endsAt)}</Descriptions.Item>
        <Descriptions.Item label={t('act.field.place')}>{a.place.name}</Descriptions.Item>
        <Descriptions.Item label={t('act.field.location')}>{a.location}</Descriptions.Item>
        <Descriptions.Item label={t('act.field.theme')}>{a.theme || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('act.col.signedUp')}>
          <span data-testid="activity-signed-up">
            {a.signedUp} / {a.capacity}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('act.field.points')}>{t('act.pointsPerHour', { points: a.pointsPerHour })}</Descriptions.Item>
        <Descriptions.Item label={t('act.field.team')}>{a.team?.name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('act.field.description')} span={2}>
          <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{a.description || '—'}</Typography.Paragraph>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
