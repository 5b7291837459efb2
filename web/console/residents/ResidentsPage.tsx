import { Button, Space } from 'antd';
import { useState } from 'react';
import type { IssuedPasswordDto } from '#contracts/accounts.js';
import { GENDER_LABELS, RELATION_LABELS } from '#contracts/labels.js';
import type { ResidentDto } from '#contracts/people.js';
import { revealResident, useResidents } from '../../api/residents.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { IssuedPasswordModal } from '../accounts/IssuedPasswordModal.js';
import { can } from '../capabilities.js';
import { LedgerActions } from '../imports/LedgerActions.js';
import { PlacePicker } from '../places/PlacePicker.js';
import { ListPage } from '../shared/ListPage.js';
import { RevealValue } from '../shared/RevealValue.js';
import { useListQuery } from '../shared/useListQuery.js';
import { canOpenResidentAccount, OpenResidentAccountButton } from './OpenResidentAccount.js';
import { ResidentFormModal } from './ResidentFormModal.js';

/** 居民: the people living in the caller's households. */
export function ResidentsPage() {
  const { t, label } = useI18n();
  const { account } = useCurrentSession();
  const canWrite = can.writeHouseholds(account.role);
  const canOpenAccount = canOpenResidentAccount(account.role);
  const query = useListQuery<{ q: string; placeId?: number }>({ q: '' });
  const { filters, paging } = query;
  const [editing, setEditing] = useState<ResidentDto | 'new' | null>(null);
  const [issued, setIssued] = useState<IssuedPasswordDto | null>(null);
  const list = useResidents({ ...filters, page: paging.page, pageSize: paging.pageSize });

  return (
    <ListPage<ResidentDto>
      title={t('residents.title')}
      actions={<LedgerActions kind="residents" filters={filters} onNew={canWrite ? () => setEditing('new') : undefined} newLabel={t('residents.new')} />}
      search={{ testId: 'residents-search', width: 280, placeholder: t('residents.search.placeholder'), onSearch: query.setter('q') }}
      filters={<PlacePicker style={{ width: 240 }} placeholder={t('people.filter.place')} value={filters.placeId} onChange={query.setter('placeId')} />}
      list={list}
      paging={paging}
      filtered={query.filtered}
      emptyText={t('residents.empty')}
      table={{
        'data-testid': 'residents-table',
        scroll: { x: 1100 },
        columns: [
          { key: 'name', dataIndex: 'name', title: t('people.field.name'), width: 110 },
          { key: 'address', dataIndex: 'address', title: t('residents.col.address') },
          { key: 'relation', title: t('residents.field.relation'), width: 110, render: (_, r) => label(RELATION_LABELS[r.relation]) },
          { key: 'gender', title: t('people.field.gender'), width: 70, render: (_, r) => (r.gender ? label(GENDER_LABELS[r.gender]) : '—') },
          { key: 'birthDate', title: t('people.field.birthDate'), width: 110, render: (_, r) => r.birthDate ?? '—' },
          {
            key: 'phone',
            title: t('people.field.phone'),
            width: 190,
            render: (_, r) => <RevealValue masked={r.phone} reveal={() => revealResident(r.id, 'phone')} testId={`reveal-phone-${r.id}`} />,
          },
          {
            key: 'idNumber',
            title: t('people.field.idNumber'),
            width: 240,
            render: (_, r) => <RevealValue masked={r.idNumber} reveal={() => revealResident(r.id, 'idNumber')} testId={`reveal-idNumber-${r.id}`} />,
          },
          ...(canWrite || canOpenAccount
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  width: canOpenAccount ? 190 : 80,
                  fixed: 'end' as const,
                  render: (_: unknown, r: ResidentDto) => (
                    <Space size={0}>
                      {canWrite && (
                        <Button size="small" type="link" onClick={() => setEditing(r)} data-testid={`resident-edit-${r.id}`}>
                          {t('people.edit')}
                        </Button>
                      )}
                      {canOpenAccount && <OpenResidentAccountButton resident={r} onIssued={setIssued} />}
                    </Space>
                  ),
                },
              ]
            : []),
        ],
      }}
    >
      {editing && <ResidentFormModal resident={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSaved={() => setEditing(null)} />}
      {issued && <IssuedPasswordModal kind="resident" result={issued} onClose={() => setIssued(null)} />}
    </ListPage>
  );
}
