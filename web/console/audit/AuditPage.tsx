import { DatePicker, Select, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import type { AuditDto } from '#contracts/audit.js';
import { AUDIT_ACTIONS } from '#contracts/labels.js';
import { useAudit } from '../../api/audit.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/translate.js';
import { dayEnd, dayStart, formatTime } from '../../shared/time.js';
import { ExportButton } from '../imports/ExportButton.js';
import { ListPage } from '../shared/ListPage.js';
import { useListQuery } from '../shared/useListQuery.js';

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
  const query = useListQuery<{ q: string; action?: Action; range: Range }>({ q: '', range: null });
  const { paging } = query;
  const [start, end] = query.filters.range ?? [null, null];
  const filters = { q: query.filters.q, action: query.filters.action, from: start ? dayStart(start) : undefined, to: end ? dayEnd(end) : undefined };
  const audit = useAudit({ ...filters, page: paging.page, pageSize: paging.pageSize });

  const entityLabel = (entity: string) => {
    const key = ENTITY_LABELS[entity];
    return key ? t(key) : entity;
  };

  // No `filtered`: this page has always said `audit.empty`, filtered or not.
  return (
    <ListPage<AuditDto>
      title={t('audit.title')}
      actions={<ExportButton list="audit" filters={filters} />}
      search={{ testId: 'audit-search', width: 280, placeholder: t('audit.search.placeholder'), onSearch: query.setter('q') }}
      filters={
        <>
          <Select<Action>
            allowClear
            style={{ minWidth: 160 }}
            placeholder={t('audit.filter.action')}
            value={query.filters.action}
            onChange={query.setter('action')}
            options={ACTIONS.map((a) => ({ value: a, label: t(`audit.action.${a}`) }))}
            data-testid="audit-action-filter"
          />
          <DatePicker.RangePicker placeholder={[t('audit.filter.from'), t('audit.filter.to')]} value={query.filters.range} onChange={query.setter('range')} />
        </>
      }
      list={audit}
      paging={paging}
      emptyText={t('audit.empty')}
      table={{
        'data-testid': 'audit-table',
        scroll: { x: 900 },
        columns: [
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
        ],
      }}
    />
  );
}
