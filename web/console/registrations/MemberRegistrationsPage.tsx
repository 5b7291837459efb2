import { App, Button, DatePicker, Flex, Popconfirm, Select, Space, Tag, type TableProps, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { MEMBER_REGISTRATION_STATUSES, type MemberRegistrationStatus, TALENT_LABELS } from '#contracts/labels.js';
import type { MemberRegistrationDto } from '#contracts/registration.js';
import {
  downloadMemberRegistrations,
  type MemberRegistrationFilters,
  useApproveMember,
  useMemberRegistrations,
  useReturnMember,
} from '../../api/registration.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { dayOf, formatTime, isoDate } from '../../shared/time.js';
import { can } from '../capabilities.js';
import { OrganizationSelect } from '../organizations/OrganizationSelect.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { ListPage } from '../shared/ListPage.js';
import { useListQuery } from '../shared/useListQuery.js';
import { useApiError } from '../useApiError.js';
import { DownloadButton } from './DownloadButton.js';
import { ReturnModal } from './ReturnModal.js';

const STATUS_COLORS: Record<MemberRegistrationStatus, string> = { submitted: 'processing', approved: 'success', returned: 'error', superseded: 'default' };

type Filters = Omit<MemberRegistrationFilters, 'page' | 'pageSize'>;

const isStatus = (value: string | null): value is MemberRegistrationStatus => MEMBER_REGISTRATION_STATUSES.some((s) => s === value);

/**
 * 报到审核 / 党员报到台账: the community approves or returns what members sent from the QR page; the
 * street and org department see their places, the unit secretary the unit's members (read only).
 * Opened from 报到台账 with `?placeId=&placeName=&status=all`.
 */
export function MemberRegistrationsPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { role } = useCurrentSession().account;
  const reviewer = can.reviewRegistrations(role);
  const secretary = role === 'unitSecretary';
  const showError = useApiError();
  const [params] = useSearchParams();
  const placeFromLink = Number(params.get('placeId')) || undefined;
  const statusFromLink = params.get('status');
  // Reviewers start at what waits for them; the ledger view (secretary, link from 报到台账) at everything.
  const defaultStatus = reviewer && !statusFromLink ? 'submitted' : undefined;
  const query = useListQuery<Filters>({
    status: isStatus(statusFromLink) ? statusFromLink : defaultStatus,
    placeId: placeFromLink,
    organizationId: Number(params.get('organizationId')) || undefined,
  });
  const filters: MemberRegistrationFilters = { ...query.filters, page: query.paging.page, pageSize: query.paging.pageSize };
  const list = useMemberRegistrations(filters);
  const approve = useApproveMember();
  const giveBack = useReturnMember();
  const [returning, setReturning] = useState<MemberRegistrationDto | null>(null);
  const { status: _status, ...others } = query.filters;
  const filtered = query.filters.status !== defaultStatus || Object.values(others).some((v) => v !== undefined && v !== '');

  const columns: TableProps<MemberRegistrationDto>['columns'] = [
    { title: t('reg.col.member'), key: 'member', width: 200, fixed: 'left', render: (_, r) => <MemberCell registration={r} /> },
    { title: t('reg.col.unit'), key: 'organization', render: (_, r) => r.organization || '—' },
    { title: t('reg.col.community'), key: 'place', render: (_, r) => r.place.name },
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
    ...(reviewer
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, r: MemberRegistrationDto) =>
              r.status === 'submitted' && (
                <Space>
                  <Popconfirm
                    title={r.applicant ? t('ledger.applicant.approveConfirm') : t('reg.approve.confirm')}
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
        ]
      : []),
  ];

  return (
    <ListPage<MemberRegistrationDto>
      title={reviewer ? t('reg.members.title') : t('ledger.members.title')}
      actions={<DownloadButton download={() => downloadMemberRegistrations(filters)} testId="member-registrations-export" />}
      search={{ testId: 'member-registrations-search', placeholder: t('ledger.filter.name'), width: 200, onSearch: query.setter('q') }}
      filters={
        <>
          <Select<MemberRegistrationStatus | 'all'>
            data-testid="registration-status-filter"
            style={{ width: 140 }}
            value={query.filters.status ?? 'all'}
            onChange={(v) => query.setter('status')(v === 'all' ? undefined : v)}
            options={[{ value: 'all', label: t('reg.status.all') }, ...MEMBER_REGISTRATION_STATUSES.map((s) => ({ value: s, label: t(`reg.status.${s}`) }))]}
          />
          {/* A secretary's members live all over the county, beyond the places a secretary can search. */}
          {!secretary && (
            <PlacePicker
              style={{ width: 220 }}
              placeholder={t('ledger.filter.place')}
              accept={(hit) => hit.kind === 'street' || hit.kind === 'community'}
              value={query.filters.placeId}
              initialLabel={params.get('placeName') ?? undefined}
              onChange={query.setter('placeId')}
            />
          )}
          {!secretary && (
            <OrganizationSelect
              style={{ width: 220 }}
              testId="registration-unit-filter"
              placeholder={t('ledger.filter.unit')}
              value={query.filters.organizationId}
              initialLabel={params.get('organizationName') ?? undefined}
              onChange={query.setter('organizationId')}
            />
          )}
          <DatePicker.RangePicker
            data-testid="registration-date-filter"
            allowEmpty={[true, true]}
            placeholder={[t('ledger.filter.from'), t('ledger.filter.to')]}
            value={[dayOf(query.filters.from) ?? null, dayOf(query.filters.to) ?? null]}
            onChange={(range) => query.update({ ...query.filters, from: isoDate(range?.[0]), to: isoDate(range?.[1]) })}
          />
        </>
      }
      list={list}
      paging={query.paging}
      filtered={filtered}
      emptyText={t('reg.members.empty')}
      table={{ columns, scroll: { x: 1200 }, 'data-testid': 'member-registrations-table' }}
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

/** The member, or for someone not on the roster the 申请报到 tag and what they typed (masked). */
function MemberCell({ registration: r }: { registration: MemberRegistrationDto }) {
  const { t } = useI18n();
  const name = r.member.id ? <Link to={`/members/${r.member.id}`}>{r.member.name}</Link> : r.member.name;
  if (!r.applicant) return name;
  return (
    <Flex vertical data-testid={`applicant-${r.id}`}>
      <Space size={4} wrap>
        {name}
        <Tag color="orange" title={t('ledger.applicant.hint')}>
          {t('ledger.applicant')}
        </Tag>
      </Space>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('ledger.applicant.idNumber', { value: r.applicant.idNumber })}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('ledger.applicant.phone', { value: r.applicant.phone })}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('ledger.applicant.unit', { value: r.applicant.organizationName })}
      </Typography.Text>
      <Typography.Text type="warning" style={{ fontSize: 12 }}>
        {t('ledger.applicant.hint')}
      </Typography.Text>
    </Flex>
  );
}
