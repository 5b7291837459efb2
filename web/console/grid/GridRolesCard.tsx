import { HistoryOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { GRID_ROLE_LABELS, type GridRoleDto } from '#contracts/grid.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { AppointModal } from './AppointModal.js';
import { EndRoleModal } from './EndRoleModal.js';
import type { GridPlace } from './GridPlaceSelect.js';
import { groupRoles } from './gridRoles.js';
import { DutiesButton } from './RoleDuties.js';
import { RoleHistoryDrawer } from './RoleHistoryDrawer.js';

type Props = {
  place: GridPlace;
  roles: GridRoleDto[];
  communityId: number | undefined;
  /** 任命 and 卸任: the community and the levels above. */
  canManage: boolean;
};

function Appointment({ role, isRoot, canManage, onEnd }: { role: GridRoleDto; isRoot: boolean; canManage: boolean; onEnd: () => void }) {
  const { t, kindLabel } = useI18n();
  return (
    <Flex vertical gap={2} data-testid={`grid-role-${role.id}`} style={{ padding: '8px 10px', border: '1px solid #f0f0f0', borderRadius: 6 }}>
      <Flex justify="space-between" align="center" gap={8}>
        <Space size={6} wrap>
          <Typography.Text strong>{role.person.name}</Typography.Text>
          {role.person.kind === 'resident' && <Tag>{t('grid.roles.resident')}</Tag>}
          {role.person.phone && <Typography.Text type="secondary">{role.person.phone}</Typography.Text>}
        </Space>
        {canManage && (
          <Button size="small" danger type="link" onClick={onEnd} data-testid={`grid-role-end-${role.id}`}>
            {t('grid.roles.end')}
          </Button>
        )}
      </Flex>
      <Space size={6} wrap>
        {!isRoot && (
          <Tag color="blue">
            {role.place.name}
            {role.place.kind === 'unit' ? ` · ${kindLabel('unit')}` : ''}
          </Tag>
        )}
        <Typography.Text type="secondary" style={{ fontSize: '0.85em' }}>
          {t('grid.roles.since', { date: role.startDate })}
        </Typography.Text>
      </Space>
      {role.duties && (
        <Typography.Paragraph style={{ margin: 0, fontSize: '0.9em' }} data-testid={`grid-role-duties-${role.id}`}>
          {t('grid.roles.extra', { duties: role.duties })}
        </Typography.Paragraph>
      )}
    </Flex>
  );
}

/** 网格力量: 网格党支部书记、党小组长、党员中心户、楼栋长 with their duty lists; 任命 and 卸任 for admins. */
export function GridRolesCard({ place, roles, communityId, canManage }: Props) {
  const { t, label } = useI18n();
  const [appointing, setAppointing] = useState(false);
  const [ending, setEnding] = useState<GridRoleDto | null>(null);
  const [history, setHistory] = useState(false);
  const groups = groupRoles(roles, place.id);

  return (
    <Card
      size="small"
      title={t('grid.roles.title')}
      data-testid="grid-roles"
      extra={
        <Space className="grid-no-print">
          <Button size="small" icon={<HistoryOutlined />} onClick={() => setHistory(true)} data-testid="grid-role-history-open">
            {t('grid.roles.history')}
          </Button>
          {canManage && (
            <Button size="small" type="primary" icon={<UserAddOutlined />} onClick={() => setAppointing(true)} data-testid="grid-appoint">
              {t('grid.roles.appoint')}
            </Button>
          )}
        </Space>
      }
    >
      {roles.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('grid.roles.empty')} />}
      <Row gutter={[16, 16]}>
        {groups.map((g) => (
          <Col key={g.role} xs={24} md={12} xxl={6} data-testid={`grid-role-group-${g.role}`}>
            <Flex vertical gap={8}>
              <Flex align="center" justify="space-between">
                <Typography.Text strong>
                  {label(GRID_ROLE_LABELS[g.role])}
                  <Typography.Text type="secondary"> · {g.items.length}</Typography.Text>
                </Typography.Text>
                <DutiesButton role={g.role} />
              </Flex>
              {g.items.length === 0 ? (
                <Typography.Text type="secondary">{t('grid.roles.groupEmpty')}</Typography.Text>
              ) : (
                g.items.map((r) => <Appointment key={r.id} role={r} isRoot={r.place.id === place.id} canManage={canManage} onEnd={() => setEnding(r)} />)
              )}
            </Flex>
          </Col>
        ))}
      </Row>
      {appointing && <AppointModal root={place} communityId={communityId} onClose={() => setAppointing(false)} />}
      {ending && <EndRoleModal role={ending} onClose={() => setEnding(null)} />}
      {history && <RoleHistoryDrawer placeId={place.id} onClose={() => setHistory(false)} />}
    </Card>
  );
}
