import { Button, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ORG_KIND_LABELS, ORG_KINDS, type OrgKind, PARTY_ORG_LEVEL_LABELS } from '#contracts/labels.js';
import type { OrganizationDto } from '#contracts/people.js';
import { useOrganizations } from '../../api/organizations.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { can } from '../capabilities.js';
import { LedgerActions } from '../imports/LedgerActions.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { ListPage } from '../shared/ListPage.js';
import { useListQuery } from '../shared/useListQuery.js';
import { OrganizationDrawer } from './OrganizationDrawer.js';
import { OrganizationFormModal } from './OrganizationFormModal.js';

/** 单位: the work units registered in the caller's places, with their party organisations. */
export function OrganizationsPage() {
  const { t, label, kindLabel } = useI18n();
  const { account } = useCurrentSession();
  const canWrite = can.writeOrganizations(account.role);
  const query = useListQuery<{ q: string; kind?: OrgKind; placeId?: number }>({ q: '' });
  const { filters, paging } = query;
  const [editing, setEditing] = useState<OrganizationDto | 'new' | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const list = useOrganizations({ ...filters, page: paging.page, pageSize: paging.pageSize });

  return (
    <ListPage<OrganizationDto>
      title={t('organizations.title')}
      actions={
        <LedgerActions kind="organizations" filters={filters} onNew={canWrite ? () => setEditing('new') : undefined} newLabel={t('organizations.new')} />
      }
      search={{ testId: 'organizations-search', width: 260, placeholder: t('organizations.search.placeholder'), onSearch: query.setter('q') }}
      filters={
        <>
          <Select<OrgKind>
            allowClear
            style={{ minWidth: 160 }}
            placeholder={t('organizations.filter.kind')}
            value={filters.kind}
            onChange={query.setter('kind')}
            options={ORG_KINDS.map((k) => ({ value: k, label: label(ORG_KIND_LABELS[k]) }))}
            data-testid="organizations-kind-filter"
          />
          <PlacePicker style={{ width: 240 }} placeholder={t('people.filter.place')} value={filters.placeId} onChange={query.setter('placeId')} />
        </>
      }
      list={list}
      paging={paging}
      filtered={query.filtered}
      emptyText={t('organizations.empty')}
      table={{
        'data-testid': 'organizations-table',
        scroll: { x: 1000 },
        columns: [
          {
            key: 'name',
            title: t('organizations.col.name'),
            render: (_, o) => (
              <Typography.Link onClick={() => setOpenId(o.id)} data-testid={`organization-open-${o.id}`}>
                {o.name}
              </Typography.Link>
            ),
          },
          { key: 'kind', title: t('organizations.col.kind'), width: 130, render: (_, o) => label(ORG_KIND_LABELS[o.kind]) },
          { key: 'industry', title: t('organizations.col.industry'), width: 130, render: (_, o) => o.industry || '—' },
          { key: 'place', title: t('organizations.col.place'), render: (_, o) => `${o.place.name} · ${kindLabel(o.place.kind)}` },
          { key: 'members', title: t('organizations.col.members'), width: 100, align: 'right', render: (_, o) => o.memberCount },
          {
            key: 'partyOrgs',
            title: t('organizations.col.partyOrgs'),
            render: (_, o) =>
              o.partyOrgs.length === 0 ? (
                <Typography.Text type="secondary">{t('organizations.partyOrgs.none')}</Typography.Text>
              ) : (
                <Space size={[0, 4]} wrap>
                  {o.partyOrgs.map((p) => (
                    <Tag key={p.id} color="red" title={label(PARTY_ORG_LEVEL_LABELS[p.level])}>
                      {p.name}
                    </Tag>
                  ))}
                </Space>
              ),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            width: 140,
            fixed: 'end',
            render: (_, o) => (
              <Space size="small">
                <Button size="small" type="link" onClick={() => setOpenId(o.id)}>
                  {t('people.view')}
                </Button>
                {canWrite && (
                  <Button size="small" type="link" onClick={() => setEditing(o)} data-testid={`organization-edit-${o.id}`}>
                    {t('people.edit')}
                  </Button>
                )}
              </Space>
            ),
          },
        ],
      }}
    >
      {openId !== null && <OrganizationDrawer id={openId} canWrite={canWrite} onEdit={setEditing} onClose={() => setOpenId(null)} />}
      {editing && (
        <OrganizationFormModal
          organization={editing === 'new' ? null : editing}
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
