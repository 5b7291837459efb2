import { DesktopOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Segmented, Space, type TableProps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ActivityDto, ListActivitiesQuery } from '#contracts/activities.js';
import { type ActivityFilters, downloadActivities, useActivities } from '../../api/activities.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { can } from '../capabilities.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { DownloadButton } from '../registrations/DownloadButton.js';
import { ListPage } from '../shared/ListPage.js';
import { useListQuery } from '../shared/useListQuery.js';
import { ActivityFormModal } from './ActivityFormModal.js';
import { PhaseTag } from './PhaseTag.js';
import { checkStillOpen, timeRange } from './activityTime.js';

type Filters = Omit<ActivityFilters, 'page' | 'pageSize' | 'when'>;
type When = ListActivitiesQuery['when'];

/** 活动: upcoming or past activities of the caller's places; organisers publish them and open the check-in screen. */
export function ActivitiesPage() {
  const { t } = useI18n();
  const { role } = useCurrentSession().account;
  const organiser = can.organiseActivities(role);
  const query = useListQuery<Filters>({});
  const { filters, paging } = query;
  const [when, setWhen] = useState<When>('upcoming');
  const list = useActivities({ ...filters, when, page: paging.page, pageSize: paging.pageSize });
  const [creating, setCreating] = useState(false);

  const columns: TableProps<ActivityDto>['columns'] = [
    {
      title: t('act.col.title'),
      key: 'title',
      render: (_, r) => (
        <Flex vertical gap={2}>
          <Link to={`/activities/${r.id}`} data-testid={`activity-link-${r.id}`}>
            {r.title}
          </Link>
          {r.theme && <Typography.Text type="secondary">{t('act.themeOf', { theme: r.theme })}</Typography.Text>}
        </Flex>
      ),
    },
    { title: t('act.col.time'), key: 'time', width: 230, render: (_, r) => timeRange(r.startsAt, r.endsAt) },
    { title: t('act.col.phase'), key: 'phase', width: 90, render: (_, r) => <PhaseTag activity={r} /> },
    { title: t('act.col.place'), key: 'place', width: 200, render: (_, r) => `${r.place.name} · ${r.location}` },
    { title: t('act.col.team'), key: 'team', width: 130, render: (_, r) => r.team?.name ?? '—' },
    {
      title: t('act.col.signedUp'),
      key: 'signedUp',
      width: 100,
      render: (_, r) => (
        <Tag color={r.signedUp >= r.capacity ? 'red' : 'default'} data-testid={`activity-count-${r.id}`}>
          {r.signedUp} / {r.capacity}
        </Tag>
      ),
    },
    { title: t('act.col.points'), key: 'points', width: 100, render: (_, r) => t('act.pointsPerHour', { points: r.pointsPerHour }) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 200,
      render: (_, r) => (
        <Space size={4}>
          <Link to={`/activities/${r.id}`}>{t('act.view')}</Link>
          {organiser && checkStillOpen(r.endsAt) && (
            <Link to={`/activities/${r.id}/screen`} data-testid={`activity-screen-${r.id}`}>
              <DesktopOutlined /> {t('act.screen')}
            </Link>
          )}
        </Space>
      ),
    },
  ];

  return (
    <ListPage<ActivityDto>
      title={t('nav.activities')}
      actions={
        <Space wrap>
          <DownloadButton download={() => downloadActivities({ ...filters, when })} testId="activities-export" />
          {organiser && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="activity-new">
              {t('act.new')}
            </Button>
          )}
        </Space>
      }
      search={{ testId: 'activities-search', placeholder: t('act.search'), width: 220, onSearch: query.setter('q') }}
      filters={
        <>
          <Segmented<When>
            data-testid="activities-when"
            value={when}
            onChange={(next) => {
              setWhen(next);
              paging.restart();
            }}
            options={[
              { value: 'upcoming', label: t('act.when.upcoming') },
              { value: 'past', label: t('act.when.past') },
              { value: 'all', label: t('act.when.all') },
            ]}
          />
          <PlacePicker
            style={{ width: 220 }}
            placeholder={t('act.filter.place')}
            accept={(hit) => hit.kind === 'street' || hit.kind === 'community'}
            value={filters.placeId}
            onChange={query.setter('placeId')}
          />
        </>
      }
      list={list}
      paging={paging}
      filtered={query.filtered}
      emptyText={when === 'past' ? t('act.empty.past') : t('act.empty')}
      table={{ columns, scroll: { x: 1260 }, 'data-testid': 'activities-table' }}
    >
      {creating && <ActivityFormModal onClose={() => setCreating(false)} />}
    </ListPage>
  );
}
