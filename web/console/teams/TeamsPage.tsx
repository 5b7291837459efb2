import { PlusOutlined } from '@ant-design/icons';
import { Button, Select, Space, type TableProps, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { TeamDto } from '#contracts/activities.js';
import { TALENT_CLASSES, TALENT_LABELS, type TalentClass } from '#contracts/labels.js';
import { downloadTeams, type TeamFilters, useTeams } from '../../api/activities.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { DownloadButton } from '../registrations/DownloadButton.js';
import { ListPage } from '../shared/ListPage.js';
import { useListQuery } from '../shared/useListQuery.js';
import { TeamFormModal } from './TeamFormModal.js';

type Filters = Omit<TeamFilters, 'page' | 'pageSize'>;

/** 志愿服务队: teams of the caller's communities by specialty, each with its leader and members. */
export function TeamsPage() {
  const { t, label } = useI18n();
  const query = useListQuery<Filters>({});
  const { filters, paging } = query;
  const list = useTeams({ ...filters, page: paging.page, pageSize: paging.pageSize });
  const [creating, setCreating] = useState(false);

  const columns: TableProps<TeamDto>['columns'] = [
    {
      title: t('teams.col.name'),
      key: 'name',
      render: (_, r) => (
        <Typography.Text strong data-testid={`team-name-${r.id}`}>
          {r.name}
        </Typography.Text>
      ),
    },
    { title: t('teams.col.specialty'), key: 'specialty', width: 100, render: (_, r) => <Tag color="red">{label(TALENT_LABELS[r.specialty])}</Tag> },
    { title: t('teams.col.place'), key: 'place', width: 160, render: (_, r) => r.place.name },
    { title: t('teams.col.leader'), key: 'leader', width: 110, render: (_, r) => r.leader?.name ?? '—' },
    {
      title: t('teams.col.members'),
      key: 'members',
      render: (_, r) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: true }} style={{ margin: 0 }} data-testid={`team-members-${r.id}`}>
          {r.members.length === 0 ? '—' : `${t('teams.count', { count: r.members.length })}：${r.members.map((m) => m.name).join(t('common.listSeparator'))}`}
        </Typography.Paragraph>
      ),
    },
  ];

  return (
    <ListPage<TeamDto>
      title={t('nav.teams')}
      actions={
        <Space wrap>
          <DownloadButton download={() => downloadTeams(filters)} testId="teams-export" />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="team-new">
            {t('teams.new')}
          </Button>
        </Space>
      }
      filters={
        <>
          <Select<TalentClass>
            allowClear
            data-testid="teams-specialty-filter"
            style={{ width: 140 }}
            placeholder={t('teams.filter.specialty')}
            value={filters.specialty}
            onChange={query.setter('specialty')}
            options={TALENT_CLASSES.map((c) => ({ value: c, label: label(TALENT_LABELS[c]) }))}
          />
          <PlacePicker
            style={{ width: 220 }}
            placeholder={t('teams.filter.place')}
            accept={(hit) => hit.kind === 'street' || hit.kind === 'community'}
            value={filters.placeId}
            onChange={query.setter('placeId')}
          />
        </>
      }
      list={list}
      paging={paging}
      filtered={query.filtered}
      emptyText={t('teams.empty')}
      table={{ columns, scroll: { x: 900 }, 'data-testid': 'teams-table' }}
    >
      {creating && <TeamFormModal onClose={() => setCreating(false)} />}
    </ListPage>
  );
}
