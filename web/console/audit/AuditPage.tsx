import { Card, DatePicker, Empty, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { AuditDto } from '#contracts/audit.js';
import { AUDIT_ACTIONS } from '#contracts/labels.js';
import { useAudit } from '../../api/audit.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/translate.js';
import { dayEnd, dayStart, formatTime } from '../../shared/time.js';
import { ExportButton } from '../imports/ExportButton.js';

type Action = AuditDto['action'];
const ACTIONS = AUDIT_ACTIONS;
const ACTION_COLORS: Partial<Record<Action, string>> = { delete: 'red', reveal: 'orange', loginFailed: 'volcano', create: 'green', update: 'blue' };
const ENTITY_LABELS: Record<string, MessageKey> = {
  place: 'audit.entity.place',
  account: 'audit.entity.account',
  session: 'audit.entity.session',
  organization: 'audit.entity.organization',
  partyOrg: 'audit.entity.partyOrg',
  member: 'audit.entity.member',
  household: 'audit.entity.household',
  resident: 'audit.entity.resident',
  // Imports and exports name the whole ledger.
  organizations: 'audit.entity.organizations',
  members: 'audit.entity.members',
  households: 'audit.entity.households',
  residents: 'audit.entity.residents',
};

type Range = [Dayjs | null, Dayjs | null] | null;

/** 审计日志: read-only, newest first. */
export function AuditPage() {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [action, setAction] = useState<Action | undefined>();
  const [range, setRange] = useState<Range>(null);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [start, end] = range ?? [null, null];
  const filters = { q, action, from: start ? dayStart(start) : undefined, to: end ? dayEnd(end) : undefined };
  const audit = useAudit({ ...filters, page, pageSize });

  const entityLabel = (entity: string) => {
    const key = ENTITY_LABELS[entity];
    return key ? t(key) : entity;
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('audit.title')}
        </Typography.Title>
        <ExportButton list="audit" filters={filters} />
      </Flex>
      <Card size="small">
        <Flex wrap gap={8} style={{ marginBottom: 12 }}>
          <Input.Search
            data-testid="audit-search"
            allowClear
            style={{ width: 280 }}
            placeholder={t('audit.search.placeholder')}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            onSearch={(value) => {
              setQ(value.trim());
              setPage(1);
            }}
          />
          <Select<Action>
            allowClear
            style={{ minWidth: 160 }}
            placeholder={t('audit.filter.action')}
            value={action}
            onChange={(value) => {
              setAction(value);
              setPage(1);
            }}
            options={ACTIONS.map((a) => ({ value: a, label: t(`audit.action.${a}`) }))}
            data-testid="audit-action-filter"
          />
          <DatePicker.RangePicker
            placeholder={[t('audit.filter.from'), t('audit.filter.to')]}
            value={range}
            onChange={(value) => {
              setRange(value);
              setPage(1);
            }}
          />
        </Flex>
        <Table<AuditDto>
          data-testid="audit-table"
          rowKey="id"
          size="middle"
          scroll={{ x: 900 }}
          loading={audit.isFetching}
          dataSource={audit.data?.items ?? []}
          locale={{ emptyText: <Empty description={audit.isError ? t('common.loadFailed') : t('audit.empty')} /> }}
          pagination={{
            current: page,
            pageSize,
            total: audit.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (nextPage, nextSize) => {
              setPage(nextPage);
              setPageSize(nextSize);
            },
          }}
          columns={[
            { key: 'at', title: t('audit.col.at'), width: 150, render: (_, e) => formatTime(e.at) },
            { key: 'actor', title: t('audit.col.actor'), dataIndex: 'actorName', width: 140 },
            {
              key: 'action',
              title: t('audit.col.action'),
              width: 130,
              render: (_, e) => <Tag color={ACTION_COLORS[e.action]}>{t(`audit.action.${e.action}`)}</Tag>,
            },
            {
              key: 'entity',
              title: t('audit.col.entity'),
              width: 140,
              render: (_, e) => (e.entityId ? `${entityLabel(e.entity)} #${e.entityId}` : entityLabel(e.entity)),
            },
            { key: 'summary', title: t('audit.col.summary'), dataIndex: 'summary' },
            { key: 'ip', title: t('audit.col.ip'), dataIndex: 'ip', width: 140 },
          ]}
        />
      </Card>
    </Flex>
  );
}
