import { Button, Card, Empty, Flex, Input, Space, Table, Typography } from 'antd';
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
import { RevealValue } from '../shared/RevealValue.js';
import { usePaging } from '../shared/usePaging.js';
import { canOpenResidentAccount, OpenResidentAccountButton } from './OpenResidentAccount.js';
import { ResidentFormModal } from './ResidentFormModal.js';

/** 居民: the people living in the caller's households. */
export function ResidentsPage() {
  const { t, label } = useI18n();
  const { account } = useCurrentSession();
  const canWrite = can.writeHouseholds(account.role);
  const canOpenAccount = canOpenResidentAccount(account.role);
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [placeId, setPlaceId] = useState<number | undefined>();
  const paging = usePaging();
  const [editing, setEditing] = useState<ResidentDto | 'new' | null>(null);
  const [issued, setIssued] = useState<IssuedPasswordDto | null>(null);
  const filters = { q, placeId };
  const list = useResidents({ ...filters, page: paging.page, pageSize: paging.pageSize });
  const filtered = q !== '' || placeId !== undefined;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('residents.title')}
        </Typography.Title>
        <LedgerActions kind="residents" filters={filters} onNew={canWrite ? () => setEditing('new') : undefined} newLabel={t('residents.new')} />
      </Flex>
      <Card size="small">
        <Flex wrap gap={8} style={{ marginBottom: 12 }}>
          <Input.Search
            data-testid="residents-search"
            allowClear
            style={{ width: 280 }}
            placeholder={t('residents.search.placeholder')}
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
        </Flex>
        <Table<ResidentDto>
          data-testid="residents-table"
          rowKey="id"
          size="middle"
          scroll={{ x: 1100 }}
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          onChange={paging.follow}
          pagination={paging.pagination(list.data?.total)}
          locale={{ emptyText: <Empty description={list.isError ? t('common.loadFailed') : filtered ? t('common.empty') : t('residents.empty')} /> }}
          columns={[
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
          ]}
        />
      </Card>
      {editing && <ResidentFormModal resident={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSaved={() => setEditing(null)} />}
      {issued && <IssuedPasswordModal kind="resident" result={issued} onClose={() => setIssued(null)} />}
    </Flex>
  );
}
