import { Button, Empty, Space, Table } from 'antd';
import { useState } from 'react';
import type { IssuedPasswordDto } from '#contracts/accounts.js';
import { GENDER_LABELS, RELATION_LABELS } from '#contracts/labels.js';
import type { HouseholdDto, ResidentDto } from '#contracts/people.js';
import { useHousehold } from '../../api/households.js';
import { revealResident, useResidents } from '../../api/residents.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { IssuedPasswordModal } from '../accounts/IssuedPasswordModal.js';
import { canOpenResidentAccount, OpenResidentAccountButton } from '../residents/OpenResidentAccount.js';
import { ResidentFormModal } from '../residents/ResidentFormModal.js';
import { DrawerSection, EntityDrawer } from '../shared/EntityDrawer.js';
import { RevealValue } from '../shared/RevealValue.js';
import { CareTags, HouseholdLabelTag } from './HouseholdTags.js';

type Props = { id: number; canWrite: boolean; onEdit: (household: HouseholdDto) => void; onClose: () => void };

/** A household and the people living in it, with "add resident". */
export function HouseholdDrawer({ id, canWrite, onEdit, onClose }: Props) {
  const { t, label, kindLabel } = useI18n();
  const household = useHousehold(id);
  const residents = useResidents({ householdId: id, page: 1, pageSize: 100 });
  const [editing, setEditing] = useState<ResidentDto | 'new' | null>(null);
  const [issued, setIssued] = useState<IssuedPasswordDto | null>(null);
  const canOpenAccount = canOpenResidentAccount(useCurrentSession().account.role);
  const h = household.data;

  return (
    <EntityDrawer
      query={household}
      size={720}
      title={(h) => h.address}
      fallbackTitle={t('households.detail')}
      testId="household-drawer"
      editTestId="household-edit"
      canWrite={canWrite}
      onEdit={onEdit}
      onClose={onClose}
      details={(h) => [
        { key: 'place', label: t('households.field.place'), children: `${h.place.name} · ${kindLabel(h.place.kind)}` },
        { key: 'doorNo', label: t('households.field.doorNo'), children: h.doorNo },
        { key: 'label', label: t('households.field.label'), children: <HouseholdLabelTag value={h.label} /> },
        { key: 'care', label: t('households.field.care'), children: <CareTags values={h.careCategories} /> },
      ]}
      dialogs={
        <>
          {editing && h && (
            <ResidentFormModal
              resident={editing === 'new' ? null : editing}
              household={editing === 'new' ? { id: h.id, address: h.address } : undefined}
              onClose={() => setEditing(null)}
              onSaved={() => setEditing(null)}
            />
          )}
          {issued && <IssuedPasswordModal kind="resident" result={issued} onClose={() => setIssued(null)} />}
        </>
      }
    >
      {(h) => (
        <DrawerSection
          title={t('households.residents', { count: residents.data?.total ?? h.residentCount })}
          onAdd={canWrite ? () => setEditing('new') : undefined}
          addLabel={t('residents.new')}
          addTestId="resident-add"
        >
          <Table<ResidentDto>
            data-testid="household-residents"
            size="small"
            rowKey="id"
            pagination={false}
            loading={residents.isFetching}
            dataSource={residents.data?.items ?? []}
            locale={{
              emptyText: (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={residents.isError ? t('common.loadFailed') : t('households.residents.empty')} />
              ),
            }}
            columns={[
              { key: 'name', dataIndex: 'name', title: t('people.field.name') },
              { key: 'relation', title: t('residents.field.relation'), render: (_, r) => label(RELATION_LABELS[r.relation]) },
              { key: 'gender', title: t('people.field.gender'), render: (_, r) => (r.gender ? label(GENDER_LABELS[r.gender]) : '—') },
              { key: 'birthDate', title: t('people.field.birthDate'), render: (_, r) => r.birthDate ?? '—' },
              {
                key: 'phone',
                title: t('people.field.phone'),
                render: (_, r) => <RevealValue masked={r.phone} reveal={() => revealResident(r.id, 'phone')} testId={`reveal-phone-${r.id}`} />,
              },
              ...(canWrite || canOpenAccount
                ? [
                    {
                      key: 'actions',
                      title: t('common.actions'),
                      render: (_: unknown, r: ResidentDto) => (
                        <Space size={0}>
                          {canWrite && (
                            <Button size="small" type="link" onClick={() => setEditing(r)}>
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
        </DrawerSection>
      )}
    </EntityDrawer>
  );
}
