import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { GENDER_LABELS } from '#contracts/labels.js';
import type { MemberDto } from '#contracts/people.js';
import { useMembers } from '../../api/members.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { can } from '../capabilities.js';
import { LedgerActions } from '../imports/LedgerActions.js';
import { ListPage } from '../shared/ListPage.js';
import { useTableSort } from '../shared/tableSort.js';
import { useListQuery } from '../shared/useListQuery.js';
import { MemberFilters, type MemberFilterValues } from './MemberFilters.js';
import { MemberFormModal } from './MemberFormModal.js';
import { MemberTypeTag, TalentTags } from './MemberTags.js';

const SORTABLE = ['name', 'birthDate', 'joinedAt'] as const;

/** 在职党员: members of the caller's units, or living in the caller's places. A unit's link starts a fresh list. */
export function MembersPage() {
  const [params] = useSearchParams();
  return <MembersList key={params.get('organizationId') ?? ''} />;
}

function MembersList() {
  const { t, label } = useI18n();
  const { account } = useCurrentSession();
  const navigate = useNavigate();
  const canWrite = can.writeMembers(account.role);
  // A unit's drawer links here with ?organizationId=&organizationName=.
  const [params] = useSearchParams();
  const fromUnit = Number(params.get('organizationId')) || undefined;
  const query = useListQuery<MemberFilterValues>({ q: '', organizationId: fromUnit });
  const { filters, paging } = query;
  const sorting = useTableSort(SORTABLE, 'name');
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<MemberDto | null>(null);
  const list = useMembers({ ...filters, sort: sorting.sort, page: paging.page, pageSize: paging.pageSize });

  return (
    <ListPage<MemberDto>
      title={t('members.title')}
      actions={
        <LedgerActions
          kind="members"
          filters={{ ...filters, sort: sorting.sort }}
          onNew={canWrite ? () => setCreating(true) : undefined}
          newLabel={t('members.new')}
        />
      }
      toolbar={
        <MemberFilters
          value={filters}
          onChange={query.update}
          organizationLabel={params.get('organizationName') ?? undefined}
          showOrganization={account.role !== 'unitSecretary'}
        />
      }
      list={list}
      paging={paging}
      sort={sorting}
      filtered={query.filtered}
      emptyText={t('members.empty')}
      table={{
        'data-testid': 'members-table',
        scroll: { x: 1720 },
        columns: [
          {
            key: 'name',
            title: t('people.field.name'),
            width: 110,
            fixed: 'start',
            sorter: true,
            sortOrder: sorting.order('name'),
            render: (_, m) => (
              <Link to={`/members/${m.id}`} data-testid={`member-open-${m.id}`}>
                {m.name}
              </Link>
            ),
          },
          { key: 'gender', title: t('people.field.gender'), width: 70, render: (_, m) => label(GENDER_LABELS[m.gender]) },
          { key: 'birthDate', dataIndex: 'birthDate', title: t('people.field.birthDate'), width: 120, sorter: true, sortOrder: sorting.order('birthDate') },
          {
            key: 'organization',
            title: t('members.col.work'),
            width: 240,
            render: (_, m) =>
              m.organization ? (
                <div>
                  <div>{m.organization.name}</div>
                  {m.partyOrg && <Typography.Text type="secondary">{m.partyOrg.name}</Typography.Text>}
                </div>
              ) : (
                '—'
              ),
          },
          { key: 'home', title: t('members.col.home'), width: 240, render: (_, m) => m.home?.address ?? '—' },
          { key: 'phone', title: t('people.field.phone'), width: 130, render: (_, m) => m.phone ?? '—' },
          { key: 'idNumber', title: t('people.field.idNumber'), width: 190, dataIndex: 'idNumber' },
          { key: 'memberType', title: t('members.field.memberType'), width: 110, render: (_, m) => <MemberTypeTag value={m.memberType} /> },
          {
            key: 'joinedAt',
            title: t('members.field.joinedAt'),
            width: 120,
            sorter: true,
            sortOrder: sorting.order('joinedAt'),
            render: (_, m) => m.joinedAt ?? '—',
          },
          { key: 'talents', title: t('members.field.talents'), width: 180, render: (_, m) => <TalentTags values={m.talents} /> },
          {
            key: 'actions',
            title: t('common.actions'),
            width: 130,
            fixed: 'end',
            render: (_, m) => (
              <Space size="small">
                <Button size="small" type="link" onClick={() => navigate(`/members/${m.id}`)}>
                  {t('people.view')}
                </Button>
                {canWrite && (
                  <Button size="small" type="link" onClick={() => setEditing(m)} data-testid={`member-edit-${m.id}`}>
                    {t('people.edit')}
                  </Button>
                )}
              </Space>
            ),
          },
        ],
      }}
    >
      {(creating || editing) && (
        <MemberFormModal
          member={editing}
          onClose={() => {
            setCreating(false);
            setEditing(null);
          }}
          onSaved={(saved) => {
            setEditing(null);
            if (creating) navigate(`/members/${saved.id}`);
            setCreating(false);
          }}
        />
      )}
    </ListPage>
  );
}
