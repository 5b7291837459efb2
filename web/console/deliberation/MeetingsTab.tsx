import { PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Select, Table, type TableProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { MEETING_KINDS, type MeetingKind } from '#contracts/deliberation.js';
import { type Meeting, useMeetings } from '../../api/deliberation.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { can } from '../capabilities.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { useListQuery } from '../shared/useListQuery.js';
import { KIND_KEYS, MeetingKindTag, MeetingStageTag } from './DeliberationBits.js';
import { beijingToday, meetingStage } from './deliberationLogic.js';
import { PlanMeetingModal } from './PlanMeetingModal.js';

type Filters = { placeId?: number; kind?: MeetingKind };

/** 会议: 议事会 and 联席会议, newest first; each opens its page with the agenda, the record and the 会议纪要. */
export function MeetingsTab() {
  const { t } = useI18n();
  const { account } = useCurrentSession();
  const manage = can.manageDeliberation(account.role);
  const query = useListQuery<Filters>({});
  const { filters, paging } = query;
  const list = useMeetings({ ...filters, page: paging.page, pageSize: paging.pageSize });
  const [planning, setPlanning] = useState<MeetingKind | null>(null);
  const today = beijingToday();

  const columns: TableProps<Meeting>['columns'] = [
    { title: t('delib.col.heldOn'), dataIndex: 'heldOn', width: 120 },
    {
      title: t('delib.col.meeting'),
      key: 'title',
      render: (_, m) => (
        <Link to={`/deliberation/meetings/${m.id}`} data-testid={`meeting-link-${m.id}`}>
          {m.title}
        </Link>
      ),
    },
    { title: t('delib.col.kind'), key: 'kind', width: 110, render: (_, m) => <MeetingKindTag kind={m.kind} /> },
    { title: t('delib.col.place'), key: 'place', width: 160, render: (_, m) => m.place.name },
    { title: t('delib.col.agenda'), key: 'agenda', width: 90, render: (_, m) => t('delib.col.agendaValue', { count: m.items.length }) },
    {
      title: t('delib.col.attendees'),
      key: 'attendees',
      width: 90,
      render: (_, m) => (m.status === 'held' ? t('delib.col.attendeesValue', { count: m.attendees.length }) : '—'),
    },
    {
      title: t('delib.col.stage'),
      key: 'stage',
      width: 100,
      render: (_, m) => <MeetingStageTag stage={meetingStage(m, today)} testId={`meeting-stage-${m.id}`} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      fixed: 'right',
      render: (_, m) => {
        const stage = meetingStage(m, today);
        return (
          <Link to={`/deliberation/meetings/${m.id}`} data-testid={`meeting-open-${m.id}`}>
            {stage === 'held' ? t('delib.meeting.minutes') : stage === 'due' && manage ? t('delib.meeting.record') : t('delib.meeting.open')}
          </Link>
        );
      },
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" wrap gap={8}>
        <Flex wrap gap={8} align="center">
          <Select<MeetingKind>
            allowClear
            data-testid="meetings-kind-filter"
            style={{ width: 150 }}
            placeholder={t('delib.filter.kind')}
            value={filters.kind}
            onChange={query.setter('kind')}
            options={MEETING_KINDS.map((k) => ({ value: k, label: t(KIND_KEYS[k]) }))}
          />
          <PlacePicker
            style={{ width: 220 }}
            placeholder={t('delib.filter.place')}
            accept={(hit) => hit.kind !== 'grid' && hit.kind !== 'building' && hit.kind !== 'unit'}
            value={filters.placeId}
            onChange={query.setter('placeId')}
          />
        </Flex>
        {manage && (
          <Flex gap={8} wrap>
            <Button icon={<TeamOutlined />} onClick={() => setPlanning('joint')} data-testid="meetings-plan-joint">
              {t('delib.meeting.planJoint')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setPlanning('deliberation')} data-testid="meetings-plan">
              {t('delib.meeting.plan')}
            </Button>
          </Flex>
        )}
      </Flex>
      <Table<Meeting>
        data-testid="meetings-table"
        rowKey="id"
        size="middle"
        scroll={{ x: 1000 }}
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        columns={columns}
        onRow={(m) => ({ 'data-testid': `meeting-row-${m.id}` }) as React.HTMLAttributes<HTMLElement>}
        onChange={(pagination) => paging.follow(pagination)}
        pagination={paging.pagination(list.data?.total)}
        locale={{ emptyText: <Empty description={list.isError ? t('common.loadFailed') : query.filtered ? t('common.empty') : t('delib.meetings.empty')} /> }}
      />
      {planning && <PlanMeetingModal kind={planning} onClose={() => setPlanning(null)} />}
    </Flex>
  );
}
