import { PlusOutlined } from '@ant-design/icons';
import { Button, Select, type TableProps, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { MEDIATION_CATEGORIES, MEDIATION_CATEGORY_LABELS, MEDIATION_STATUSES } from '#contracts/mediation.js';
import { type CaseFilters, type MediationCase, useCases } from '../../api/mediation.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { can } from '../capabilities.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { ListPage } from '../shared/ListPage.js';
import { useListQuery } from '../shared/useListQuery.js';
import { CaseFormModal } from './CaseFormModal.js';
import { CaseCategoryTag, CaseStatusTag } from './MediationTags.js';
import { STATUS_TEXT } from './mediationText.js';

type Filters = Omit<CaseFilters, 'page' | 'pageSize'>;

/** 矛盾纠纷调解: the cases of the caller's places; the community and grid workers take new ones (受理). */
export function MediationPage() {
  const { t, label } = useI18n();
  const { role } = useCurrentSession().account;
  const query = useListQuery<Filters>({});
  const { filters, paging } = query;
  const list = useCases({ ...filters, page: paging.page, pageSize: paging.pageSize });
  const [creating, setCreating] = useState(false);

  const columns: TableProps<MediationCase>['columns'] = [
    {
      title: t('mediation.col.case'),
      key: 'case',
      width: 110,
      render: (_, c) => (
        <Link to={`/mediation/${c.id}`} data-testid={`mediation-link-${c.id}`}>
          {t('mediation.case.no', { id: c.id })}
        </Link>
      ),
    },
    { title: t('mediation.field.category'), key: 'category', width: 120, render: (_, c) => <CaseCategoryTag category={c.category} /> },
    { title: t('mediation.field.place'), key: 'place', width: 180, render: (_, c) => c.place.name },
    {
      title: t('mediation.col.parties'),
      key: 'parties',
      render: (_, c) =>
        c.detail ? (
          <Typography.Text ellipsis={{ tooltip: c.detail.description }} style={{ maxWidth: 320 }}>
            {c.detail.parties.map((p) => p.name).join(t('common.listSeparator'))}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('mediation.limited.short')}</Typography.Text>
        ),
    },
    {
      title: t('mediation.field.status'),
      key: 'status',
      width: 110,
      render: (_, c) => <CaseStatusTag status={c.status} testId={`mediation-status-${c.id}`} />,
    },
    {
      title: t('mediation.field.mediators'),
      key: 'mediators',
      width: 180,
      render: (_, c) => (c.mediators.length ? c.mediators.map((m) => m.name).join(t('common.listSeparator')) : '—'),
    },
    { title: t('mediation.field.openedAt'), key: 'openedAt', width: 150, render: (_, c) => formatTime(c.openedAt) },
    { title: t('mediation.field.closedAt'), key: 'closedAt', width: 150, render: (_, c) => (c.closedAt ? formatTime(c.closedAt) : '—') },
  ];

  return (
    <ListPage<MediationCase>
      title={t('mediation.title')}
      actions={
        can.openMediation(role) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="mediation-new">
            {t('mediation.new')}
          </Button>
        )
      }
      filters={
        <>
          <Select
            allowClear
            data-testid="mediation-status-filter"
            style={{ width: 140 }}
            placeholder={t('mediation.filter.status')}
            value={filters.status}
            onChange={query.setter('status')}
            options={MEDIATION_STATUSES.map((s) => ({ value: s, label: t(STATUS_TEXT[s]) }))}
          />
          <Select
            allowClear
            data-testid="mediation-category-filter"
            style={{ width: 140 }}
            placeholder={t('mediation.filter.category')}
            value={filters.category}
            onChange={query.setter('category')}
            options={MEDIATION_CATEGORIES.map((c) => ({ value: c, label: label(MEDIATION_CATEGORY_LABELS[c]) }))}
          />
          <PlacePicker
            style={{ width: 220 }}
            placeholder={t('mediation.filter.place')}
            accept={(hit) => hit.kind !== 'unit'}
            value={filters.placeId}
            onChange={query.setter('placeId')}
          />
        </>
      }
      list={list}
      paging={paging}
      filtered={query.filtered}
      emptyText={t('mediation.empty')}
      table={{ columns, scroll: { x: 1150 }, 'data-testid': 'mediation-table' }}
    >
      {creating && <CaseFormModal onClose={() => setCreating(false)} />}
    </ListPage>
  );
}
