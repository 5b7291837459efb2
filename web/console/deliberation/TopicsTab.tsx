import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Select, Table, type TableProps, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { TOPIC_STATUS_LABELS, TOPIC_STATUSES, type TopicStatus } from '#contracts/deliberation.js';
import { type Topic, useTopics } from '../../api/deliberation.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { can } from '../capabilities.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { SearchBox } from '../shared/ListPage.js';
import { useListQuery } from '../shared/useListQuery.js';
import { DeclineModal } from './DeclineModal.js';
import { TopicStatusTag } from './DeliberationBits.js';
import { PlanMeetingModal } from './PlanMeetingModal.js';

type Filters = { placeId?: number; status?: TopicStatus; q?: string };

/** 议题: what residents, members and grid workers raised; open ones first. Admins 不予采纳 or put them on a 议事会. */
export function TopicsTab() {
  const { t, label } = useI18n();
  const { account } = useCurrentSession();
  const manage = can.manageDeliberation(account.role);
  const query = useListQuery<Filters>({});
  const { filters, paging } = query;
  const list = useTopics({ ...filters, page: paging.page, pageSize: paging.pageSize });
  const [declining, setDeclining] = useState<Topic | null>(null);
  const [planning, setPlanning] = useState(false);

  const columns: TableProps<Topic>['columns'] = [
    {
      title: t('delib.col.topic'),
      key: 'title',
      render: (_, r) => (
        <Flex vertical gap={2}>
          <Typography.Text strong data-testid={`topic-row-title-${r.id}`}>
            {r.title}
          </Typography.Text>
          {r.description && (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, tooltip: r.description }} style={{ margin: 0 }}>
              {r.description}
            </Typography.Paragraph>
          )}
        </Flex>
      ),
    },
    { title: t('delib.col.place'), key: 'place', width: 150, render: (_, r) => r.place.name },
    {
      title: t('delib.col.proposer'),
      key: 'proposer',
      width: 130,
      render: (_, r) => (
        <Flex vertical gap={0}>
          <span>{r.proposer.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.proposer.role}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('delib.col.status'), key: 'status', width: 110, render: (_, r) => <TopicStatusTag status={r.status} testId={`topic-row-status-${r.id}`} /> },
    {
      title: t('delib.col.outcome'),
      key: 'outcome',
      width: 260,
      render: (_, r) => <Outcome topic={r} />,
    },
    {
      title: t('delib.col.tasks'),
      key: 'tasks',
      width: 90,
      render: (_, r) => (r.tasks.total > 0 ? t('delib.col.tasksValue', { done: r.tasks.done, total: r.tasks.total }) : '—'),
    },
    { title: t('delib.col.createdAt'), key: 'createdAt', width: 150, render: (_, r) => formatTime(r.createdAt) },
    ...(manage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 110,
            fixed: 'right' as const,
            render: (_: unknown, r: Topic) =>
              r.status === 'proposed' || r.status === 'selected' ? (
                <Button size="small" danger onClick={() => setDeclining(r)} data-testid={`topic-decline-${r.id}`}>
                  {t('delib.decline')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" wrap gap={8}>
        <Flex wrap gap={8} align="center">
          <SearchBox testId="topics-search" placeholder={t('delib.topics.search')} width={220} onSearch={(q) => query.setter('q')(q || undefined)} />
          <Select<TopicStatus>
            allowClear
            data-testid="topics-status-filter"
            style={{ width: 150 }}
            placeholder={t('delib.filter.status')}
            value={filters.status}
            onChange={query.setter('status')}
            options={TOPIC_STATUSES.map((s) => ({ value: s, label: label(TOPIC_STATUS_LABELS[s]) }))}
          />
          <PlacePicker
            style={{ width: 220 }}
            placeholder={t('delib.filter.place')}
            accept={(hit) => hit.kind === 'street' || hit.kind === 'community' || hit.kind === 'compound'}
            value={filters.placeId}
            onChange={query.setter('placeId')}
          />
        </Flex>
        {manage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setPlanning(true)} data-testid="topics-plan">
            {t('delib.meeting.plan')}
          </Button>
        )}
      </Flex>
      <Table<Topic>
        data-testid="topics-table"
        rowKey="id"
        size="middle"
        scroll={{ x: 1200 }}
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        columns={columns}
        onRow={(r) => ({ 'data-testid': `topic-row-${r.id}` }) as React.HTMLAttributes<HTMLElement>}
        onChange={(pagination) => paging.follow(pagination)}
        pagination={paging.pagination(list.data?.total)}
        locale={{ emptyText: <Empty description={list.isError ? t('common.loadFailed') : query.filtered ? t('common.empty') : t('delib.topics.empty')} /> }}
      />
      {declining && <DeclineModal topic={declining} onClose={() => setDeclining(null)} />}
      {planning && <PlanMeetingModal kind="deliberation" onClose={() => setPlanning(false)} />}
    </Flex>
  );
}

function Outcome({ topic: r }: { topic: Topic }) {
  const { t } = useI18n();
  if (r.status === 'declined')
    return (
      <Typography.Text type="secondary" data-testid={`topic-row-reason-${r.id}`}>
        {t('delib.topic.declineReason', { reason: r.declineReason ?? '' })}
      </Typography.Text>
    );
  if (r.status === 'selected' && r.meeting)
    return (
      <Link to={`/deliberation/meetings/${r.meeting.id}`} data-testid={`topic-row-meeting-${r.id}`}>
        {t('delib.topic.onAgenda', { day: r.meeting.heldOn })}
      </Link>
    );
  if (r.decision)
    return (
      <Flex vertical gap={2}>
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: r.decision }} style={{ margin: 0 }} data-testid={`topic-row-decision-${r.id}`}>
          {r.decision}
        </Typography.Paragraph>
        {r.meeting && (
          <Link to={`/deliberation/meetings/${r.meeting.id}`} style={{ fontSize: 12 }}>
            {t('delib.topic.decidedOn', { day: r.meeting.heldOn })}
          </Link>
        )}
      </Flex>
    );
  return <Typography.Text type="secondary">{t('delib.topic.waiting')}</Typography.Text>;
}
