import { Empty, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ORG_KIND_LABELS, PARTY_ORG_LEVEL_LABELS } from '#contracts/labels.js';
import type { OrganizationDto } from '#contracts/people.js';
import { useOrganization } from '../../api/organizations.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { DrawerSection, EntityDrawer } from '../shared/EntityDrawer.js';
import { PartyOrgFormModal } from './PartyOrgFormModal.js';

type PartyOrg = OrganizationDto['partyOrgs'][number];

type Props = { id: number; canWrite: boolean; onEdit: (organization: OrganizationDto) => void; onClose: () => void };

/** A unit's facts and its party organisations, with "add party organisation". */
export function OrganizationDrawer({ id, canWrite, onEdit, onClose }: Props) {
  const { t, label, kindLabel } = useI18n();
  const organization = useOrganization(id);
  const [adding, setAdding] = useState(false);
  const org = organization.data;

  return (
    <EntityDrawer
      query={organization}
      size={640}
      title={(o) => o.name}
      fallbackTitle={t('organizations.detail')}
      testId="organization-drawer"
      editTestId="organization-edit"
      canWrite={canWrite}
      onEdit={onEdit}
      onClose={onClose}
      details={(org) => [
        { key: 'kind', label: t('organizations.field.kind'), children: label(ORG_KIND_LABELS[org.kind]) },
        { key: 'industry', label: t('organizations.field.industry'), children: org.industry || t('common.none') },
        { key: 'address', label: t('organizations.field.address'), children: org.address || t('common.none') },
        { key: 'place', label: t('organizations.field.place'), children: `${org.place.name} · ${kindLabel(org.place.kind)}` },
        { key: 'creditCode', label: t('organizations.field.creditCode'), children: org.creditCode ?? t('common.none') },
        {
          key: 'members',
          label: t('organizations.col.members'),
          children: <Link to={`/members?organizationId=${org.id}&organizationName=${encodeURIComponent(org.name)}`}>{org.memberCount}</Link>,
        },
      ]}
      dialogs={adding && org && <PartyOrgFormModal organization={org} onClose={() => setAdding(false)} onSaved={() => setAdding(false)} />}
    >
      {(org) => (
        <DrawerSection
          title={t('organizations.partyOrgs')}
          onAdd={canWrite ? () => setAdding(true) : undefined}
          addLabel={t('organizations.partyOrg.add')}
          addTestId="party-org-add"
        >
          <Table<PartyOrg>
            data-testid="party-orgs-table"
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={org.partyOrgs}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('organizations.partyOrgs.empty')} /> }}
            columns={[
              { key: 'name', dataIndex: 'name', title: t('organizations.partyOrg.name') },
              { key: 'level', title: t('organizations.partyOrg.level'), render: (_, p) => <Tag color="red">{label(PARTY_ORG_LEVEL_LABELS[p.level])}</Tag> },
              { key: 'secretary', title: t('organizations.partyOrg.secretary'), render: (_, p) => p.secretaryName || t('common.none') },
              { key: 'phone', title: t('organizations.partyOrg.phone'), render: (_, p) => p.contactPhone ?? t('common.none') },
            ]}
          />
        </DrawerSection>
      )}
    </EntityDrawer>
  );
}
