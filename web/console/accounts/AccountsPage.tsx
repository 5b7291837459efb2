import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Input, Select, Space, Table, type TableProps, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { AccountDto, ListAccountsQuery } from '#contracts/accounts.js';
import { ROLES, type Role } from '#contracts/labels.js';
import type { IssuedPasswordDto } from '#contracts/accounts.js';
import { useAccounts } from '../../api/accounts.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { ExportButton } from '../imports/ExportButton.js';
import { AccountFormModal } from './AccountFormModal.js';
import { AccountRowActions } from './AccountRowActions.js';
import { IssuedPasswordModal } from './IssuedPasswordModal.js';
import { RevealPhone } from './RevealPhone.js';
import { canManage, manageableRoles } from '#contracts/rules.js';

type Sort = ListAccountsQuery['sort'];
type Status = AccountDto['status'];
const STATUSES: readonly Status[] = ['active', 'locked', 'disabled'];
const STATUS_COLORS: Record<Status, string> = { active: 'green', locked: 'orange', disabled: 'default' };
const SORTABLE = ['username', 'createdAt', 'lastLoginAt'] as const;
type SortField = (typeof SORTABLE)[number];

const isSortField = (key: unknown): key is SortField => SORTABLE.some((s) => s === key);

/** The table's sort order for a column, from the `sort` parameter. */
const orderOf = (sort: Sort, field: SortField) => (sort === field ? 'ascend' : sort === `-${field}` ? 'descend' : null);

function toSort(field: unknown, order: 'ascend' | 'descend' | null | undefined): Sort {
  if (!isSortField(field) || !order) return '-createdAt';
  return order === 'ascend' ? field : `-${field}`;
}

/** 账号: the accounts in the caller's places. */
export function AccountsPage() {
  const { t, roleLabel } = useI18n();
  const { account: me } = useCurrentSession();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [role, setRole] = useState<Role | undefined>();
  const [status, setStatus] = useState<Status | undefined>();
  const [sort, setSort] = useState<Sort>('-createdAt');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [editing, setEditing] = useState<AccountDto | 'new' | null>(null);
  const [issued, setIssued] = useState<{ kind: 'created' | 'reset'; result: IssuedPasswordDto } | null>(null);
  const filters = { q, role, status, sort };
  const accounts = useAccounts({ ...filters, page, pageSize });

  const onChange: TableProps<AccountDto>['onChange'] = (pagination, _filters, sorter) => {
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    setSort(toSort(one?.columnKey, one?.order));
    setPage(pagination.current ?? 1);
    setPageSize(pagination.pageSize ?? 20);
  };

  const filtered = q !== '' || role !== undefined || status !== undefined;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('accounts.title')}
        </Typography.Title>
        <Space wrap>
          <ExportButton list="accounts" filters={filters} />
          {manageableRoles(me.role).length > 0 && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="account-new">
              {t('accounts.new')}
            </Button>
          )}
        </Space>
      </Flex>
      <Card size="small">
        <Flex wrap gap={8} style={{ marginBottom: 12 }}>
          <Input.Search
            data-testid="account-search"
            allowClear
            style={{ width: 280 }}
            placeholder={t('accounts.search.placeholder')}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            onSearch={(value) => {
              setQ(value.trim());
              setPage(1);
            }}
          />
          <Select<Role>
            allowClear
            style={{ minWidth: 160 }}
            placeholder={t('accounts.filter.role')}
            value={role}
            onChange={(value) => {
              setRole(value);
              setPage(1);
            }}
            options={ROLES.map((r) => ({ value: r, label: roleLabel(r) }))}
            data-testid="account-role-filter"
          />
          <Select<Status>
            allowClear
            style={{ minWidth: 120 }}
            placeholder={t('accounts.filter.status')}
            value={status}
            onChange={(value) => {
              setStatus(value);
              setPage(1);
            }}
            options={STATUSES.map((s) => ({ value: s, label: t(`accounts.status.${s}`) }))}
            data-testid="account-status-filter"
          />
        </Flex>
        <Table<AccountDto>
          data-testid="accounts-table"
          rowKey="id"
          size="middle"
          scroll={{ x: 1200 }}
          loading={accounts.isFetching}
          dataSource={accounts.data?.items ?? []}
          onChange={onChange}
          locale={{ emptyText: <Empty description={accounts.isError ? t('common.loadFailed') : filtered ? t('common.empty') : t('accounts.empty')} /> }}
          pagination={{
            current: page,
            pageSize,
            total: accounts.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
          }}
          columns={[
            { key: 'username', dataIndex: 'username', title: t('accounts.col.username'), width: 130, sorter: true, sortOrder: orderOf(sort, 'username') },
            {
              key: 'displayName',
              title: t('accounts.col.displayName'),
              render: (_, a) => (
                <span>
                  {a.displayName}
                  {a.mustChangePassword && (
                    <Tag color="gold" style={{ marginLeft: 6 }}>
                      {t('accounts.mustChange')}
                    </Tag>
                  )}
                </span>
              ),
            },
            { key: 'role', title: t('accounts.col.role'), render: (_, a) => roleLabel(a.role) },
            { key: 'place', title: t('accounts.col.place'), render: (_, a) => a.place.name },
            { key: 'phone', title: t('accounts.col.phone'), width: 190, render: (_, a) => <RevealPhone account={a} /> },
            {
              key: 'status',
              title: t('accounts.col.status'),
              width: 90,
              render: (_, a) => <Tag color={STATUS_COLORS[a.status]}>{t(`accounts.status.${a.status}`)}</Tag>,
            },
            {
              key: 'lastLoginAt',
              title: t('accounts.col.lastLoginAt'),
              width: 150,
              sorter: true,
              sortOrder: orderOf(sort, 'lastLoginAt'),
              render: (_, a) => (a.lastLoginAt ? formatTime(a.lastLoginAt) : <Typography.Text type="secondary">{t('accounts.neverLoggedIn')}</Typography.Text>),
            },
            {
              key: 'createdAt',
              title: t('accounts.col.createdAt'),
              width: 150,
              sorter: true,
              sortOrder: orderOf(sort, 'createdAt'),
              render: (_, a) => formatTime(a.createdAt),
            },
            {
              key: 'actions',
              title: t('common.actions'),
              width: 150,
              fixed: 'end',
              render: (_, a) =>
                a.id !== me.id && canManage(me.role, a.role) ? (
                  <AccountRowActions account={a} onEdit={() => setEditing(a)} onIssued={(result) => setIssued({ kind: 'reset', result })} />
                ) : null,
            },
          ]}
        />
      </Card>
      {editing && (
        <AccountFormModal
          account={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onCreated={(result) => {
            setEditing(null);
            setIssued({ kind: 'created', result });
          }}
          onSaved={() => setEditing(null)}
        />
      )}
      {issued && <IssuedPasswordModal kind={issued.kind} result={issued.result} onClose={() => setIssued(null)} />}
    </Flex>
  );
}
