import { PlusOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer, Empty, Flex, Result, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ORG_KIND_LABELS, PARTY_ORG_LEVEL_LABELS } from '#contracts/labels.js';
import type { OrganizationDto } from '#contracts/people.js';
import { useOrganization } from '../../api/organizations.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { PageSpin } from '../layout/PageSpin.js';
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
    <Drawer
      open
      size={640}
      title={org?.name ?? t('organizations.detail')}
      onClose={onClose}
      data-testid="organization-drawer"
      extra={
        org &&
        canWrite && (
          <Button onClick={() => onEdit(org)} data-testid="organization-edit">
            {t('people.edit')}
          </Button>
        )
      }
    >
      {organization.isPending ? (
        <PageSpin />
      ) : !org ? (
        <Result status="warning" title={t('common.loadFailed')} />
      ) : (
        <Flex vertical gap={24}>
          <Descriptions
            size="small"
            bordered
            column={1}
            items={[
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
          />
          <Flex vertical gap={8}>
            <Flex justify="space-between" align="center">
              <Typography.Title level={5} style={{ margin: 0 }}>
                {t('organizations.partyOrgs')}
              </Typography.Title>
              {canWrite && (
                <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="party-org-add">
                  {t('organizations.partyOrg.add')}
                </Button>
              )}
            </Flex>
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
          </Flex>
        </Flex>
      )}
      {adding && org && <PartyOrgFormModal organization={org} onClose={() => setAdding(false)} onSaved={() => setAdding(false)} />}
    </Drawer>
  );
}
