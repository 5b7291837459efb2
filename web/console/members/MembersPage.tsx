import { Button, Card, Empty, Flex, Space, Table, type TableProps, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { GENDER_LABELS } from '#contracts/labels.js';
import type { ListMembersQuery, MemberDto } from '#contracts/people.js';
import { useMembers } from '../../api/members.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { can } from '../capabilities.js';
import { LedgerActions } from '../imports/LedgerActions.js';
import { orderOf, sortParam } from '../shared/tableSort.js';
import { usePaging } from '../shared/usePaging.js';
import { MemberFilters, type MemberFilterValues } from './MemberFilters.js';
import { MemberFormModal } from './MemberFormModal.js';
import { MemberTypeTag, TalentTags } from './MemberTags.js';

type Sort = ListMembersQuery['sort'];
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
  const [filters, setFilters] = useState<MemberFilterValues>({ q: '', organizationId: fromUnit });
  const [sort, setSort] = useState<Sort>('name');
  const paging = usePaging();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<MemberDto | null>(null);
  const list = useMembers({ ...filters, sort, page: paging.page, pageSize: paging.pageSize });
  const filtered = Object.values(filters).some((v) => v !== undefined && v !== '');

  const onChange: TableProps<MemberDto>['onChange'] = (pagination, _filters, sorter) => {
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    setSort(sortParam(SORTABLE, one?.columnKey, one?.order) ?? 'name');
    paging.follow(pagination);
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('members.title')}
        </Typography.Title>
        <LedgerActions kind="members" filters={{ ...filters, sort }} onNew={canWrite ? () => setCreating(true) : undefined} newLabel={t('members.new')} />
      </Flex>
      <Card size="small">
        <MemberFilters
          value={filters}
          onChange={(next) => {
            setFilters(next);
            paging.restart();
          }}
          organizationLabel={params.get('organizationName') ?? undefined}
          showOrganization={account.role !== 'unitSecretary'}
        />
        <Table<MemberDto>
          data-testid="members-table"
          rowKey="id"
          size="middle"
          scroll={{ x: 1720 }}
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          onChange={onChange}
          pagination={paging.pagination(list.data?.total)}
          locale={{ emptyText: <Empty description={list.isError ? t('common.loadFailed') : filtered ? t('common.empty') : t('members.empty')} /> }}
          columns={[
            {
              key: 'name',
              title: t('people.field.name'),
              width: 110,
              fixed: 'start',
              sorter: true,
              sortOrder: orderOf(sort, 'name'),
              render: (_, m) => (
                <Link to={`/members/${m.id}`} data-testid={`member-open-${m.id}`}>
                  {m.name}
                </Link>
              ),
            },
            { key: 'gender', title: t('people.field.gender'), width: 70, render: (_, m) => label(GENDER_LABELS[m.gender]) },
            { key: 'birthDate', dataIndex: 'birthDate', title: t('people.field.birthDate'), width: 120, sorter: true, sortOrder: orderOf(sort, 'birthDate') },
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
              sortOrder: orderOf(sort, 'joinedAt'),
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
          ]}
        />
      </Card>
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
    </Flex>
  );
}
