import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Select, Table, type TableProps, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { PROJECT_STATUSES, type ProjectDto, type ProjectStatus } from '#contracts/projects.js';
import { downloadProjects, type ProjectFilters, useProjects } from '../../api/projects.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { can } from '../capabilities.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { DownloadButton } from '../registrations/DownloadButton.js';
import { useListQuery } from '../shared/useListQuery.js';
import { ProjectActions } from './ProjectActions.js';
import { ProjectFormModal } from './ProjectFormModal.js';
import { ProjectStatusTag } from './ProjectStatusTag.js';
import { yearOptions } from './years.js';

type Filters = Omit<ProjectFilters, 'page' | 'pageSize'>;

/** 项目清单: the projects of the caller's places (a unit: the open ones and its own), by year, status and place. */
export function ProjectList() {
  const { t } = useI18n();
  const { role } = useCurrentSession().account;
  const query = useListQuery<Filters>({});
  const { filters, paging } = query;
  const list = useProjects({ ...filters, page: paging.page, pageSize: paging.pageSize });
  const [creating, setCreating] = useState(false);

  const columns: TableProps<ProjectDto>['columns'] = [
    {
      title: t('projects.col.title'),
      key: 'title',
      render: (_, p) => (
        <Flex vertical gap={2}>
          <Typography.Text strong data-testid={`project-title-${p.id}`}>
            {p.title}
          </Typography.Text>
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, tooltip: p.plan }} style={{ margin: 0 }}>
            {p.plan}
          </Typography.Paragraph>
        </Flex>
      ),
    },
    { title: t('projects.col.community'), key: 'community', width: 120, render: (_, p) => p.place.name },
    {
      title: t('projects.col.period'),
      key: 'period',
      width: 190,
      render: (_, p) => `${p.startDate} ~ ${p.endDate}`,
    },
    { title: t('projects.col.status'), key: 'status', width: 100, render: (_, p) => <ProjectStatusTag status={p.status} testId={`project-status-${p.id}`} /> },
    {
      title: t('projects.col.owner'),
      key: 'owner',
      width: 180,
      render: (_, p) =>
        p.owner ? (
          <span data-testid={`project-owner-${p.id}`}>
            {p.owner.name} <Tag>{t(p.owner.kind === 'unit' ? 'projects.owner.unit' : 'projects.owner.team')}</Tag>
          </span>
        ) : (
          <Typography.Text type="warning">{t('projects.owner.none')}</Typography.Text>
        ),
    },
    {
      title: t('projects.col.basis'),
      key: 'basis',
      width: 150,
      render: (_, p) => (
        <Flex gap={4} wrap>
          <Tooltip title={p.needs.map((n) => n.description).join('；') || undefined}>
            <Tag data-testid={`project-needs-${p.id}`}>{t('projects.needs.count', { count: p.needs.length })}</Tag>
          </Tooltip>
          <Tooltip title={p.resources.map((r) => r.description).join('；') || undefined}>
            <Tag>{t('projects.resources.count', { count: p.resources.length })}</Tag>
          </Tooltip>
        </Flex>
      ),
    },
    {
      title: t('projects.col.outcome'),
      key: 'outcome',
      width: 180,
      render: (_, p) =>
        p.outcome ? (
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: p.outcome }} style={{ margin: 0 }}>
            {p.outcome}
          </Typography.Paragraph>
        ) : (
          '—'
        ),
    },
    { title: t('common.actions'), key: 'actions', width: 130, fixed: 'right', render: (_, p) => <ProjectActions project={p} /> },
  ];

  return (
    <Card size="small">
      <Flex wrap gap={8} align="center" justify="space-between" style={{ marginBottom: 12 }}>
        <Flex wrap gap={8} align="center">
          <Select<number>
            allowClear
            data-testid="projects-year-filter"
            style={{ width: 120 }}
            placeholder={t('projects.filter.year')}
            value={filters.year}
            onChange={query.setter('year')}
            options={yearOptions()}
          />
          <Select<ProjectStatus>
            allowClear
            data-testid="projects-status-filter"
            style={{ width: 140 }}
            placeholder={t('projects.filter.status')}
            value={filters.status}
            onChange={query.setter('status')}
            options={PROJECT_STATUSES.map((s) => ({ value: s, label: t(`projects.status.${s}`) }))}
          />
          {role !== 'unitSecretary' && (
            <PlacePicker
              style={{ width: 220 }}
              placeholder={t('projects.filter.place')}
              accept={(hit) => hit.kind === 'street' || hit.kind === 'community'}
              value={filters.placeId}
              onChange={query.setter('placeId')}
            />
          )}
        </Flex>
        <Flex gap={8}>
          <DownloadButton download={() => downloadProjects(filters)} testId="projects-export" />
          {can.manageProjects(role) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="project-new">
              {t('projects.new')}
            </Button>
          )}
        </Flex>
      </Flex>
      <Table<ProjectDto>
        data-testid="projects-table"
        rowKey="id"
        size="middle"
        columns={columns}
        scroll={{ x: 1300 }}
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        onChange={(pagination) => paging.follow(pagination)}
        pagination={paging.pagination(list.data?.total)}
        locale={{
          emptyText: <Empty description={list.isError ? t('common.loadFailed') : query.filtered ? t('common.empty') : t('projects.empty')} />,
        }}
      />
      {creating && <ProjectFormModal onClose={() => setCreating(false)} />}
    </Card>
  );
}
