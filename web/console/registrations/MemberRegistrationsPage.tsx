import { App, Button, Popconfirm, Select, Space, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { MEMBER_REGISTRATION_STATUSES, type MemberRegistrationStatus, TALENT_LABELS } from '#contracts/labels.js';
import type { MemberRegistrationDto } from '#contracts/registration.js';
import { useApproveMember, useMemberRegistrations, useReturnMember } from '../../api/registration.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { formatTime } from '../../shared/time.js';
import { ListPage } from '../shared/ListPage.js';
import { useListQuery } from '../shared/useListQuery.js';
import { useApiError } from '../useApiError.js';
import { ReturnModal } from './ReturnModal.js';

const STATUS_COLORS: Record<MemberRegistrationStatus, string> = { submitted: 'processing', approved: 'success', returned: 'error', superseded: 'default' };

/** 个人报到 审核: the community approves or returns what members sent from the QR page. */
export function MemberRegistrationsPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const showError = useApiError();
  const query = useListQuery<{ status?: MemberRegistrationStatus }>({ status: 'submitted' });
  const list = useMemberRegistrations({ ...query.filters, page: query.paging.page, pageSize: query.paging.pageSize });
  const approve = useApproveMember();
  const giveBack = useReturnMember();
  const [returning, setReturning] = useState<MemberRegistrationDto | null>(null);

  const columns: TableProps<MemberRegistrationDto>['columns'] = [
    { title: t('reg.col.member'), key: 'member', render: (_, r) => r.member.name },
    { title: t('reg.col.household'), dataIndex: 'householdAddress' },
    {
      title: t('reg.col.talents'),
      key: 'talents',
      render: (_, r) =>
        r.talents.map((c) => (
          <Tag key={c} style={{ marginBottom: 4 }}>
            {label(TALENT_LABELS[c])}
          </Tag>
        )),
    },
    { title: t('reg.col.freeTime'), dataIndex: 'freeTime' },
    { title: t('reg.col.submittedAt'), key: 'submittedAt', render: (_, r) => formatTime(r.submittedAt) },
    {
      title: t('reg.col.status'),
      key: 'status',
      render: (_, r) => (
        <Tag color={STATUS_COLORS[r.status]} data-testid={`status-${r.id}`} title={r.reason ?? undefined}>
          {t(`reg.status.${r.status}`)}
        </Tag>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, r) =>
        r.status === 'submitted' && (
          <Space>
            <Popconfirm
              title={t('reg.approve.confirm')}
              okText={t('reg.approve')}
              cancelText={t('common.cancel')}
              onConfirm={() =>
                approve.mutateAsync(r.id).then(
                  () => void message.success(t('reg.approved')),
                  (error: unknown) => void showError(error),
                )
              }
            >
              <Button type="link" size="small" data-testid={`approve-${r.id}`}>
                {t('reg.approve')}
              </Button>
            </Popconfirm>
            <Button type="link" size="small" danger data-testid={`return-${r.id}`} onClick={() => setReturning(r)}>
              {t('reg.return')}
            </Button>
          </Space>
        ),
    },
  ];

  return (
    <ListPage<MemberRegistrationDto>
      title={t('reg.members.title')}
      filters={
        <Select<MemberRegistrationStatus | 'all'>
          data-testid="registration-status-filter"
          style={{ width: 160 }}
          value={query.filters.status ?? 'all'}
          onChange={(v) => query.update({ status: v === 'all' ? undefined : v })}
          options={[{ value: 'all', label: t('reg.status.all') }, ...MEMBER_REGISTRATION_STATUSES.map((s) => ({ value: s, label: t(`reg.status.${s}`) }))]}
        />
      }
      list={list}
      paging={query.paging}
      filtered={query.filters.status !== 'submitted' && query.filtered}
      emptyText={t('reg.members.empty')}
      table={{ columns, scroll: { x: 900 }, 'data-testid': 'member-registrations-table' }}
    >
      {returning && (
        <ReturnModal
          title={`${t('reg.return.title')} · ${returning.member.name}`}
          pending={giveBack.isPending}
          onClose={() => setReturning(null)}
          onReturn={(reason) => giveBack.mutateAsync({ id: returning.id, reason }).then(() => message.success(t('reg.returned')))}
        />
      )}
    </ListPage>
  );
}
