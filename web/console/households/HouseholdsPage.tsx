import { Button, Flex, Select, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { CARE_CATEGORIES, CARE_CATEGORY_LABELS, type CareCategory, HOUSEHOLD_LABELS, type HouseholdLabel } from '#contracts/labels.js';
import type { HouseholdDto } from '#contracts/people.js';
import { useHouseholds } from '../../api/households.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { can } from '../capabilities.js';
import { LedgerActions } from '../imports/LedgerActions.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { ListPage } from '../shared/ListPage.js';
import { useListQuery } from '../shared/useListQuery.js';
import { HouseholdDrawer } from './HouseholdDrawer.js';
import { HouseholdFormModal } from './HouseholdFormModal.js';
import { CareTags, HouseholdLabelTag } from './HouseholdTags.js';

type Filters = { q: string; placeId?: number; label?: HouseholdLabel; care?: CareCategory; keyOnly: boolean };

/** 户: the household ledger (小区—网格—楼栋—单元—户) with its colour labels and 重点户. */
export function HouseholdsPage() {
  const { t, label } = useI18n();
  const { account } = useCurrentSession();
  const canWrite = can.writeHouseholds(account.role);
  const query = useListQuery<Filters>({ q: '', keyOnly: false });
  const { paging } = query;
  const [editing, setEditing] = useState<HouseholdDto | 'new' | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const filters = { ...query.filters, keyOnly: query.filters.keyOnly ? ('true' as const) : undefined };
  const list = useHouseholds({ ...filters, page: paging.page, pageSize: paging.pageSize });

  return (
    <ListPage<HouseholdDto>
      title={t('households.title')}
      actions={<LedgerActions kind="households" filters={filters} onNew={canWrite ? () => setEditing('new') : undefined} newLabel={t('households.new')} />}
      search={{ testId: 'households-search', width: 260, placeholder: t('households.search.placeholder'), onSearch: query.setter('q') }}
      filters={
        <>
          <PlacePicker style={{ width: 240 }} placeholder={t('people.filter.place')} value={query.filters.placeId} onChange={query.setter('placeId')} />
          <Select<HouseholdLabel>
            allowClear
            style={{ minWidth: 140 }}
            placeholder={t('households.filter.label')}
            value={query.filters.label}
            onChange={query.setter('label')}
            options={HOUSEHOLD_LABELS.map((l) => ({ value: l, label: <HouseholdLabelTag value={l} /> }))}
            data-testid="households-label-filter"
          />
          <Select<CareCategory>
            allowClear
            style={{ minWidth: 160 }}
            placeholder={t('households.filter.care')}
            value={query.filters.care}
            onChange={query.setter('care')}
            options={CARE_CATEGORIES.map((c) => ({ value: c, label: label(CARE_CATEGORY_LABELS[c]) }))}
            data-testid="households-care-filter"
          />
          <Flex align="center" gap={8}>
            <Switch id="key-only" size="small" checked={query.filters.keyOnly} onChange={query.setter('keyOnly')} data-testid="households-key-only" />
            <label htmlFor="key-only">{t('households.filter.keyOnly')}</label>
          </Flex>
        </>
      }
      list={list}
      paging={paging}
      filtered={query.filtered}
      emptyText={t('households.empty')}
      table={{
        'data-testid': 'households-table',
        scroll: { x: 900 },
        columns: [
          {
            key: 'address',
            title: t('households.col.address'),
            render: (_, h) => (
              <Typography.Link onClick={() => setOpenId(h.id)} data-testid={`household-open-${h.id}`}>
                {h.address}
              </Typography.Link>
            ),
          },
          { key: 'doorNo', dataIndex: 'doorNo', title: t('households.col.doorNo'), width: 90 },
          { key: 'label', title: t('households.col.label'), width: 120, render: (_, h) => <HouseholdLabelTag value={h.label} /> },
          { key: 'care', title: t('households.col.care'), render: (_, h) => <CareTags values={h.careCategories} /> },
          { key: 'residents', title: t('households.col.residents'), width: 100, align: 'right', render: (_, h) => h.residentCount },
          {
            key: 'actions',
            title: t('common.actions'),
            width: 150,
            fixed: 'end',
            render: (_, h) => (
              <Space size="small">
                <Button size="small" type="link" onClick={() => setOpenId(h.id)}>
                  {t('households.residents.open')}
                </Button>
                {canWrite && (
                  <Button size="small" type="link" onClick={() => setEditing(h)} data-testid={`household-edit-${h.id}`}>
                    {t('people.edit')}
                  </Button>
                )}
              </Space>
            ),
          },
        ],
      }}
    >
      {openId !== null && <HouseholdDrawer id={openId} canWrite={canWrite} onEdit={setEditing} onClose={() => setOpenId(null)} />}
      {editing && (
        <HouseholdFormModal
          household={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            if (editing === 'new') setOpenId(saved.id);
          }}
        />
      )}
    </ListPage>
  );
}
