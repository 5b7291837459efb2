import { ThunderboltOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Segmented, Space, Table, type TableProps, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { type Emergency, type EmergencyActive, useEmergencies } from '../../api/emergency.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { can } from '../capabilities.js';
import { figuresOf, liveFirst } from './emergencyFigures.js';
import { EmergencyStateTag } from './EmergencyTags.js';
import { StartEmergencyModal } from './StartEmergencyModal.js';
import './emergency.css';

/** 应急指挥: the emergencies of the caller's places, live ones first; streets and the org department switch places into emergency. */
export function EmergenciesPage() {
  const { t } = useI18n();
  const { role } = useCurrentSession().account;
  const [active, setActive] = useState<EmergencyActive>('all');
  const list = useEmergencies(active);
  const [starting, setStarting] = useState(false);
  const rows = liveFirst(list.data ?? []);

  const columns: TableProps<Emergency>['columns'] = [
    {
      title: t('emergency.col.state'),
      key: 'state',
      width: 110,
      render: (_, r) => <EmergencyStateTag live={r.endedAt === null} testId={`emergency-state-${r.id}`} />,
    },
    {
      title: t('emergency.col.reason'),
      key: 'reason',
      width: 280,
      render: (_, r) => (
        <Link to={`/emergency/${r.id}`} data-testid={`emergency-link-${r.id}`}>
          {r.reason}
        </Link>
      ),
    },
    { title: t('emergency.col.places'), key: 'places', width: 170, render: (_, r) => r.places.map((p) => p.name).join(t('common.listSeparator')) },
    { title: t('emergency.col.called'), key: 'called', width: 90, align: 'right', render: (_, r) => r.called },
    {
      title: t('emergency.col.answers'),
      key: 'answers',
      width: 250,
      render: (_, r) => {
        const f = figuresOf(r);
        return t('emergency.col.answersValue', { now: f.now, later: f.later, cannot: f.cannot, silent: f.silent });
      },
    },
    {
      title: t('emergency.col.started'),
      key: 'started',
      width: 170,
      render: (_, r) => (
        <Flex vertical>
          <span>{formatTime(r.startedAt)}</span>
          <Typography.Text type="secondary">{r.startedBy}</Typography.Text>
        </Flex>
      ),
    },
    { title: t('emergency.col.ended'), key: 'ended', width: 150, render: (_, r) => (r.endedAt ? formatTime(r.endedAt) : '—') },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('emergency.title')}
        </Typography.Title>
        <Space wrap>
          {can.startEmergencies(role) && (
            <Button type="primary" danger icon={<ThunderboltOutlined />} onClick={() => setStarting(true)} data-testid="emergency-start">
              {t('emergency.start')}
            </Button>
          )}
        </Space>
      </Flex>
      <Card size="small">
        <Segmented<EmergencyActive>
          style={{ marginBottom: 12 }}
          data-testid="emergency-filter"
          value={active}
          onChange={setActive}
          options={[
            { value: 'all', label: t('emergency.filter.all') },
            { value: 'true', label: t('emergency.filter.live') },
            { value: 'false', label: t('emergency.filter.ended') },
          ]}
        />
        <Table<Emergency>
          rowKey="id"
          size="middle"
          data-testid="emergencies-table"
          loading={list.isFetching}
          columns={columns}
          dataSource={rows}
          scroll={{ x: 1100 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }) }}
          rowClassName={(r) => (r.endedAt === null ? 'emergency-live-row' : '')}
          locale={{ emptyText: <Empty description={list.isError ? t('common.loadFailed') : t('emergency.empty')} /> }}
        />
      </Card>
      {starting && <StartEmergencyModal onClose={() => setStarting(false)} />}
    </Flex>
  );
}
