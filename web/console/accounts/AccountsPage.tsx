import { PlusOutlined } from '@ant-design/icons';
import { Button, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { AccountDto, IssuedPasswordDto } from '#contracts/accounts.js';
import { ROLES, type Role } from '#contracts/labels.js';
import { canManage, manageableRoles } from '#contracts/rules.js';
import { revealPhone, useAccounts } from '../../api/accounts.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { ExportButton } from '../imports/ExportButton.js';
import { ListPage } from '../shared/ListPage.js';
import { RevealValue } from '../shared/RevealValue.js';
import { useTableSort } from '../shared/tableSort.js';
import { useListQuery } from '../shared/useListQuery.js';
import { AccountFormModal } from './AccountFormModal.js';
import { AccountRowActions } from './AccountRowActions.js';
import { IssuedPasswordModal } from './IssuedPasswordModal.js';

type Status = AccountDto['status'];
const STATUSES: readonly Status[] = ['active', 'locked', 'disabled'];
const STATUS_COLORS: Record<Status, string> = { active: 'green', locked: 'orange', disabled: 'default' };
const SORTABLE = ['username', 'createdAt', 'lastLoginAt'] as const;

/** 账号: the accounts in the caller's places. */
export function AccountsPage() {
  const { t, roleLabel } = useI18n();
  const { account: me } = useCurrentSession();
  const query = useListQuery<{ q: string; role?: Role; status?: Status }>({ q: '' });
  const { paging } = query;
  const sorting = useTableSort(SORTABLE, '-createdAt');
  const [editing, setEditing] = useState<AccountDto | 'new' | null>(null);
  const [issued, setIssued] = useState<{ kind: 'created' | 'reset'; result: IssuedPasswordDto } | null>(null);
  const filters = { ...query.filters, sort: sorting.sort };
  const accounts = useAccounts({ ...filters, page: paging.page, pageSize: paging.pageSize });

  return (
    <ListPage<AccountDto>
      title={t('accounts.title')}
      actions={
        <Space wrap>
          <ExportButton list="accounts" filters={filters} />
          {manageableRoles(me.role).length > 0 && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="account-new">
              {t('accounts.new')}
            </Button>
          )}
        </Space>
      }
      search={{ testId: 'account-search', width: 280, placeholder: t('accounts.search.placeholder'), onSearch: query.setter('q') }}
      filters={
        <>
          <Select<Role>
            allowClear
            style={{ minWidth: 160 }}
            placeholder={t('accounts.filter.role')}
            value={query.filters.role}
            onChange={query.setter('role')}
            options={ROLES.map((r) => ({ value: r, label: roleLabel(r) }))}
            data-testid="account-role-filter"
          />
          <Select<Status>
            allowClear
            style={{ minWidth: 120 }}
            placeholder={t('accounts.filter.status')}
            value={query.filters.status}
            onChange={query.setter('status')}
            options={STATUSES.map((s) => ({ value: s, label: t(`accounts.status.${s}`) }))}
            data-testid="account-status-filter"
          />
        </>
      }
      list={accounts}
      paging={paging}
      sort={sorting}
      filtered={query.filtered}
      emptyText={t('accounts.empty')}
      table={{
        'data-testid': 'accounts-table',
        scroll: { x: 1200 },
        columns: [
          { key: 'username', dataIndex: 'username', title: t('accounts.col.username'), width: 130, sorter: true, sortOrder: sorting.order('username') },
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
          {
            key: 'phone',
            title: t('accounts.col.phone'),
            width: 190,
            render: (_, a) => (
              <RevealValue
                masked={a.phone}
                reveal={() => revealPhone(a.id)}
                testId={`reveal-phone-${a.id}`}
                note="accounts.phone.note"
                showLabel="accounts.phone.show"
              />
            ),
          },
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
            sortOrder: sorting.order('lastLoginAt'),
            render: (_, a) => (a.lastLoginAt ? formatTime(a.lastLoginAt) : <Typography.Text type="secondary">{t('accounts.neverLoggedIn')}</Typography.Text>),
          },
          {
            key: 'createdAt',
            title: t('accounts.col.createdAt'),
            width: 150,
            sorter: true,
            sortOrder: sorting.order('createdAt'),
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
        ],
      }}
    >
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
    </ListPage>
  );
}
