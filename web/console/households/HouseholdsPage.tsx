import { Button, Card, Empty, Flex, Input, Select, Space, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { CARE_CATEGORIES, CARE_CATEGORY_LABELS, type CareCategory, HOUSEHOLD_LABELS, type HouseholdLabel } from '#contracts/labels.js';
import type { HouseholdDto } from '#contracts/people.js';
import { useHouseholds } from '../../api/households.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { can } from '../capabilities.js';
import { LedgerActions } from '../imports/LedgerActions.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { usePaging } from '../shared/usePaging.js';
import { HouseholdDrawer } from './HouseholdDrawer.js';
import { HouseholdFormModal } from './HouseholdFormModal.js';
import { CareTags, HouseholdLabelTag } from './HouseholdTags.js';

/** 户: the household ledger (小区—网格—楼栋—单元—户) with its colour labels and 重点户. */
export function HouseholdsPage() {
  const { t, label } = useI18n();
  const { account } = useCurrentSession();
  const canWrite = can.writeHouseholds(account.role);
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [placeId, setPlaceId] = useState<number | undefined>();
  const [householdLabel, setHouseholdLabel] = useState<HouseholdLabel | undefined>();
  const [care, setCare] = useState<CareCategory | undefined>();
  const [keyOnly, setKeyOnly] = useState(false);
  const paging = usePaging();
  const [editing, setEditing] = useState<HouseholdDto | 'new' | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const filters = { q, placeId, label: householdLabel, care, keyOnly: keyOnly ? ('true' as const) : undefined };
  const list = useHouseholds({ ...filters, page: paging.page, pageSize: paging.pageSize });
  const filtered = q !== '' || placeId !== undefined || householdLabel !== undefined || care !== undefined || keyOnly;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('households.title')}
        </Typography.Title>
        <LedgerActions kind="households" filters={filters} onNew={canWrite ? () => setEditing('new') : undefined} newLabel={t('households.new')} />
      </Flex>
      <Card size="small">
        <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
          <Input.Search
            data-testid="households-search"
            allowClear
            style={{ width: 260 }}
            placeholder={t('households.search.placeholder')}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            onSearch={(value) => {
              setQ(value.trim());
              paging.restart();
            }}
          />
          <PlacePicker
            style={{ width: 240 }}
            placeholder={t('people.filter.place')}
            value={placeId}
            onChange={(id) => {
              setPlaceId(id);
              paging.restart();
            }}
          />
          <Select<HouseholdLabel>
            allowClear
            style={{ minWidth: 140 }}
            placeholder={t('households.filter.label')}
            value={householdLabel}
            onChange={(value) => {
              setHouseholdLabel(value);
              paging.restart();
            }}
            options={HOUSEHOLD_LABELS.map((l) => ({ value: l, label: <HouseholdLabelTag value={l} /> }))}
            data-testid="households-label-filter"
          />
          <Select<CareCategory>
            allowClear
            style={{ minWidth: 160 }}
            placeholder={t('households.filter.care')}
            value={care}
            onChange={(value) => {
              setCare(value);
              paging.restart();
            }}
            options={CARE_CATEGORIES.map((c) => ({ value: c, label: label(CARE_CATEGORY_LABELS[c]) }))}
            data-testid="households-care-filter"
          />
          <Flex align="center" gap={8}>
            <Switch
              id="key-only"
              size="small"
              checked={keyOnly}
              onChange={(on) => {
                setKeyOnly(on);
                paging.restart();
              }}
              data-testid="households-key-only"
            />
            <label htmlFor="key-only">{t('households.filter.keyOnly')}</label>
          </Flex>
        </Flex>
        <Table<HouseholdDto>
          data-testid="households-table"
          rowKey="id"
          size="middle"
          scroll={{ x: 900 }}
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          onChange={paging.follow}
          pagination={paging.pagination(list.data?.total)}
          locale={{ emptyText: <Empty description={list.isError ? t('common.loadFailed') : filtered ? t('common.empty') : t('households.empty')} /> }}
          columns={[
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
          ]}
        />
      </Card>
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
    </Flex>
  );
}
