import { Button, Checkbox, Empty, Flex, Select, Table, type TableProps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { type Task, type TaskStatus, useTasks } from '../../api/deliberation.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { can } from '../capabilities.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { useListQuery } from '../shared/useListQuery.js';
import { KIND_KEYS, ownerKindText, TaskProgress } from './DeliberationBits.js';
import { TaskDrawer } from './TaskDrawer.js';

type Filters = { placeId?: number; status?: TaskStatus; overdue?: 'true' };

/** 议定事项: the tasks the meetings set, open ones by deadline first; progress history and posting in a drawer. */
export function TasksTab() {
  const { t } = useI18n();
  const { account } = useCurrentSession();
  const meetings = can.readDeliberationMeetings(account.role);
  const query = useListQuery<Filters>({});
  const { filters, paging } = query;
  const list = useTasks({ ...filters, page: paging.page, pageSize: paging.pageSize });
  const [openId, setOpenId] = useState<number | null>(null);
  const open = list.data?.items.find((task) => task.id === openId) ?? null;

  const columns: TableProps<Task>['columns'] = [
    {
      title: t('delib.col.task'),
      key: 'title',
      render: (_, r) => (
        <Flex vertical gap={2}>
          <Typography.Text strong data-testid={`task-row-title-${r.id}`}>
            {r.title}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(KIND_KEYS[r.source.kind])} · {meetings ? <Link to={`/deliberation/meetings/${r.source.meetingId}`}>{r.source.text}</Link> : r.source.text}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('delib.col.owner'),
      key: 'owner',
      width: 160,
      render: (_, r) => (
        <Flex vertical gap={0}>
          <span data-testid={`task-row-owner-${r.id}`}>{r.owner.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {ownerKindText(r.owner.kind, t)}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('delib.col.place'), key: 'place', width: 140, render: (_, r) => r.place.name },
    {
      title: t('delib.col.deadline'),
      key: 'deadline',
      width: 130,
      render: (_, r) => (
        <Flex vertical gap={2} align="flex-start">
          <span>{r.deadline}</span>
          {r.overdue && (
            <Tag color="red" data-testid={`task-row-overdue-${r.id}`}>
              {t('delib.task.overdue')}
            </Tag>
          )}
        </Flex>
      ),
    },
    {
      title: t('delib.col.progress'),
      key: 'progress',
      width: 180,
      render: (_, r) => <TaskProgress progress={r.progress} overdue={r.overdue} done={r.status === 'done'} testId={`task-row-progress-${r.id}`} />,
    },
    {
      title: t('delib.col.status'),
      key: 'status',
      width: 90,
      render: (_, r) => <Tag color={r.status === 'done' ? 'green' : 'blue'}>{t(r.status === 'done' ? 'delib.task.done' : 'delib.task.open')}</Tag>,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      fixed: 'right',
      render: (_, r) => (
        <Button size="small" onClick={() => setOpenId(r.id)} data-testid={`task-row-open-${r.id}`}>
          {r.status === 'done' ? t('delib.task.history') : t('delib.task.progress')}
        </Button>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} align="center">
        <Select<TaskStatus>
          allowClear
          data-testid="tasks-status-filter"
          style={{ width: 130 }}
          placeholder={t('delib.filter.status')}
          value={filters.status}
          onChange={query.setter('status')}
          options={[
            { value: 'open', label: t('delib.task.open') },
            { value: 'done', label: t('delib.task.done') },
          ]}
        />
        {meetings && (
          <PlacePicker
            style={{ width: 220 }}
            placeholder={t('delib.filter.place')}
            accept={(hit) => hit.kind !== 'grid' && hit.kind !== 'building' && hit.kind !== 'unit'}
            value={filters.placeId}
            onChange={query.setter('placeId')}
          />
        )}
        <Checkbox
          data-testid="tasks-overdue-filter"
          checked={filters.overdue === 'true'}
          onChange={(e) => query.setter('overdue')(e.target.checked ? 'true' : undefined)}
        >
          {t('delib.filter.overdue')}
        </Checkbox>
      </Flex>
      <Table<Task>
        data-testid="tasks-table"
        rowKey="id"
        size="middle"
        scroll={{ x: 1100 }}
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        columns={columns}
        onRow={(r) => ({ 'data-testid': `task-row-${r.id}` }) as React.HTMLAttributes<HTMLElement>}
        onChange={(pagination) => paging.follow(pagination)}
        pagination={paging.pagination(list.data?.total)}
        locale={{ emptyText: <Empty description={list.isError ? t('common.loadFailed') : query.filtered ? t('common.empty') : t('delib.tasks.empty')} /> }}
      />
      {open && <TaskDrawer task={open} onClose={() => setOpenId(null)} />}
    </Flex>
  );
}
